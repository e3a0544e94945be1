import { useState } from "react";
import { useMutation } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { useSession } from "../../app/session.tsx";
import type { AdministrationQuery as AdministrationData, Role } from "../../gql/graphql.ts";
import { AdminForm, OutcomeNotice, outcomeOf, type FormOutcome } from "./admin-forms.tsx";
import { CreateUserMutation, DeactivateUserMutation, ResetUserPasswordMutation } from "./admin-operations.ts";

/** The link a new or reset user opens to set their password. */
export function setPasswordLink(token: string): string {
  return `${window.location.origin}${window.location.pathname}#/set-password?token=${encodeURIComponent(token)}`;
}

/** Users: the list with deactivation and password resets, and the form for a new user. */
export function UsersSection({ data, onChange }: { data: AdministrationData; onChange: () => void }) {
  const { t } = useI18n();
  const { session } = useSession();
  const empty = { email: "", name: "", role: "REP" as Role, territoryIds: [] as string[] };
  const [draft, setDraft] = useState(empty);
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const [outcome, setOutcome] = useState<FormOutcome>({ kind: "idle" });
  const [, deactivate] = useMutation(DeactivateUserMutation);
  const [, reset] = useMutation(ResetUserPasswordMutation);

  async function deactivateUser(id: string) {
    const result = await deactivate({ input: { id } });
    const next = outcomeOf(result, result.data?.deactivateUser);
    setOutcome(next);
    if (next.kind === "done") onChange();
  }

  async function resetPassword(id: string) {
    const result = await reset({ input: { id } });
    const payload = result.data?.resetUserPassword;
    setOutcome(outcomeOf(result, payload));
    if (payload?.setPasswordToken && payload.user) setLink({ email: payload.user.email, url: setPasswordLink(payload.setPasswordToken) });
  }

  return (
    <section aria-labelledby="admin-users">
      <h2 id="admin-users">{t("admin.users")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("admin.name")}</th>
            <th scope="col">{t("admin.email")}</th>
            <th scope="col">{t("admin.role")}</th>
            <th scope="col">{t("admin.status")}</th>
            <th scope="col">{t("admin.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {data.users.map((user) => (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{t(`role.${user.role}`)}</td>
              <td>{user.deactivatedAt ? t("admin.deactivated") : t("admin.active")}</td>
              <td>
                {user.deactivatedAt || user.id === session?.user.id ? null : (
                  <>
                    <button type="button" onClick={() => void resetPassword(user.id)}>
                      {t("admin.resetPassword", { name: user.name })}
                    </button>{" "}
                    <button type="button" onClick={() => void deactivateUser(user.id)}>
                      {t("admin.deactivate", { name: user.name })}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <OutcomeNotice outcome={outcome} />
      {link ? (
        <div className="notice admin-token" role="status">
          <p>{t("admin.tokenTitle", { email: link.email })}</p>
          <p>
            <code>{link.url}</code>
          </p>
          <p>{t("admin.tokenHint")}</p>
        </div>
      ) : null}
      <AdminForm
        title={t("admin.createUser")}
        document={CreateUserMutation}
        variables={() => ({ input: { ...draft, email: draft.email.trim(), name: draft.name.trim(), territoryIds: draft.role === "ADMIN" ? [] : draft.territoryIds } })}
        payload={(result) => result?.createUser}
        onDone={(result) => {
          const created = result?.createUser;
          if (created?.setPasswordToken && created.user) setLink({ email: created.user.email, url: setPasswordLink(created.setPasswordToken) });
          setDraft(empty);
          onChange();
        }}
      >
        <label>
          {t("admin.email")} <input type="email" required value={draft.email} onChange={(event) => setDraft({ ...draft, email: event.target.value })} />
        </label>
        <label>
          {t("admin.name")} <input required value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
        </label>
        <label>
          {t("admin.role")}{" "}
          <select value={draft.role} onChange={(event) => setDraft({ ...draft, role: event.target.value as Role })}>
            {(["REP", "MANAGER", "ADMIN"] as const).map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </label>
        {draft.role === "ADMIN" ? null : (
          <label>
            {t("admin.territories")}{" "}
            <select
              multiple
              value={draft.territoryIds}
              aria-describedby="admin-territories-hint"
              onChange={(event) => setDraft({ ...draft, territoryIds: [...event.target.selectedOptions].map((option) => option.value) })}
            >
              {data.territories
                .filter((territory) => !territory.archivedAt)
                .map((territory) => (
                  <option key={territory.id} value={territory.id}>
                    {territory.code} · {territory.name}
                  </option>
                ))}
            </select>
            <small id="admin-territories-hint">{t("admin.territoriesHint")}</small>
          </label>
        )}
      </AdminForm>
    </section>
  );
}
