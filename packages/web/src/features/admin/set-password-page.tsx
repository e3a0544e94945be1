import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { LanguageSwitch } from "../../app/layout.tsx";
import { navigate } from "../../app/router.tsx";
import { useSession } from "../../app/session.tsx";
import { UserErrorList, type UserErrorData } from "../../shared/user-errors.tsx";
import { SetPasswordMutation } from "./admin-operations.ts";

/** Where a new or reset user sets their password with the one-time link from their administrator, then is signed in. */
export function SetPasswordPage({ token }: { token: string }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problems, setProblems] = useState<readonly UserErrorData[]>([]);
  const [mismatch, setMismatch] = useState(false);
  const [{ fetching }, run] = useMutation(SetPasswordMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMismatch(password !== repeat);
    if (password !== repeat) return;
    const result = await run({ input: { token, password } });
    const payload = result.data?.setPassword;
    if (result.error) return setProblems([{ code: "ERROR", message: result.error.message }]);
    if (payload?.userErrors.length) return setProblems(payload.userErrors);
    if (payload?.token && payload.user) {
      signIn({ token: payload.token, user: payload.user });
      navigate({ name: "customers", params: {} });
    }
  }

  return (
    <div className="login-screen">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <form className="login-form" onSubmit={submit} aria-labelledby="set-password-title">
        <h1 id="set-password-title">{t("setPassword.title")}</h1>
        <p>{t("setPassword.intro")}</p>
        {mismatch ? (
          <p className="status-error" role="alert">
            {t("setPassword.mismatch")}
          </p>
        ) : null}
        {problems.length > 0 ? <UserErrorList errors={problems} title={t("admin.problems")} /> : null}
        <label>
          {t("setPassword.password")}
          <input type="password" autoComplete="new-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        <label>
          {t("setPassword.repeat")}
          <input type="password" autoComplete="new-password" required value={repeat} onChange={(event) => setRepeat(event.target.value)} />
        </label>
        <button type="submit" disabled={fetching}>
          {t("setPassword.submit")}
        </button>
        <a href="#/">{t("setPassword.toLogin")}</a>
      </form>
    </div>
  );
}
