import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { LanguageSwitch } from "../../app/layout.tsx";
import { errorText } from "../../app/query-state.tsx";
import { useSession } from "../../app/session.tsx";
import { graphql } from "../../gql/index.ts";

/** Exchanges email and password for a bearer token. */
export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        id
        email
        name
        role
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** The sign-in screen; shown whenever there is no valid session. */
export function LoginPage() {
  const { t } = useI18n();
  const { signIn, notice } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, login] = useMutation(LoginMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const result = await login({ input: { email: email.trim(), password } });
    if (result.error) {
      setFailure(t("login.failed", { message: errorText(result.error) }));
      return;
    }
    const payload = result.data?.login;
    const firstError = payload?.userErrors[0];
    if (firstError) {
      // The API words credential failures itself; a wrong password must read the
      // same as an unknown email, so both map to one translated message.
      // LOCKED: too many failures for this account or address; the API keeps the lock for its window.
      setFailure(
        firstError.code === "UNAUTHENTICATED" || firstError.code === "INVALID_CREDENTIALS"
          ? t("login.wrongCredentials")
          : firstError.code === "LOCKED"
            ? t("login.locked")
            : t("login.failed", { message: firstError.message }),
      );
      return;
    }
    if (!payload?.token || !payload.user) {
      setFailure(t("login.wrongCredentials"));
      return;
    }
    signIn({ token: payload.token, user: payload.user });
  }

  return (
    <div className="login-screen">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <form className="login-form" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t("login.title")}</h1>
        <p className="login-tagline">{t("app.tagline")}</p>
        {notice && !failure ? (
          <p className="notice" role="status">
            {t(notice === "sessionExpired" ? "login.sessionExpired" : "login.loggedOut")}
          </p>
        ) : null}
        {failure ? (
          <p className="status-error" role="alert">
            {failure}
          </p>
        ) : null}
        <label>
          {t("login.email")}
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <label>
          {t("login.password")}
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <button type="submit" disabled={fetching}>
          {fetching ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
    </div>
  );
}
