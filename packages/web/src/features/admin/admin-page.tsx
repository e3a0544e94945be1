import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { Loading, QueryError } from "../../app/query-state.tsx";
import type { AdministrationQuery as AdministrationData } from "../../gql/graphql.ts";
import { AdminForm, OutcomeNotice, outcomeOf, type FormOutcome } from "./admin-forms.tsx";
import { AdministrationQuery, AssignTerritoryMemberMutation, CreateRegionMutation, CreateTerritoryMutation, UnassignTerritoryMemberMutation } from "./admin-operations.ts";
import { UsersSection } from "./users-section.tsx";

/** The Administration screen (ADMIN): users, regions and territories, and who works where. */
export function AdminPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AdministrationQuery, requestPolicy: "cache-and-network" });
  const reload = () => refetch({ requestPolicy: "network-only" });
  if (error && !data) return <QueryError error={error} />;
  if (!data) return fetching ? <Loading /> : null;
  return (
    <section className="admin-page">
      <h1>{t("admin.title")}</h1>
      <UsersSection data={data} onChange={reload} />
      <OrganisationSection data={data} onChange={reload} />
      <AssignmentsSection data={data} onChange={reload} />
    </section>
  );
}

function OrganisationSection({ data, onChange }: { data: AdministrationData; onChange: () => void }) {
  const { t } = useI18n();
  const [region, setRegion] = useState({ code: "", name: "" });
  const [territory, setTerritory] = useState({ code: "", name: "", regionId: "" });
  return (
    <section aria-labelledby="admin-organisation">
      <h2 id="admin-organisation">{t("admin.organisation")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("admin.code")}</th>
            <th scope="col">{t("admin.name")}</th>
            <th scope="col">{t("admin.region")}</th>
            <th scope="col">{t("admin.reps")}</th>
            <th scope="col">{t("admin.managers")}</th>
            <th scope="col">{t("admin.status")}</th>
          </tr>
        </thead>
        <tbody>
          {data.territories.map((row) => (
            <tr key={row.id}>
              <td>{row.code}</td>
              <td>{row.name}</td>
              <td>{row.region.code}</td>
              <td>{row.reps.map((rep) => rep.name).join(", ")}</td>
              <td>{row.managers.map((manager) => manager.name).join(", ")}</td>
              <td>{row.archivedAt ? t("admin.archived") : t("admin.active")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="admin-forms">
        <AdminForm title={t("admin.createRegion")} document={CreateRegionMutation} variables={() => ({ input: region })} payload={(result) => result?.createRegion} onDone={() => {
          setRegion({ code: "", name: "" });
          onChange();
        }}>
          <label>
            {t("admin.code")} <input required value={region.code} onChange={(event) => setRegion({ ...region, code: event.target.value })} />
          </label>
          <label>
            {t("admin.name")} <input required value={region.name} onChange={(event) => setRegion({ ...region, name: event.target.value })} />
          </label>
        </AdminForm>
        <AdminForm title={t("admin.createTerritory")} document={CreateTerritoryMutation} variables={() => ({ input: territory })} payload={(result) => result?.createTerritory} onDone={() => {
          setTerritory({ code: "", name: "", regionId: territory.regionId });
          onChange();
        }}>
          <label>
            {t("admin.code")} <input required value={territory.code} onChange={(event) => setTerritory({ ...territory, code: event.target.value })} />
          </label>
          <label>
            {t("admin.name")} <input required value={territory.name} onChange={(event) => setTerritory({ ...territory, name: event.target.value })} />
          </label>
          <label>
            {t("admin.region")}{" "}
            <select required value={territory.regionId} onChange={(event) => setTerritory({ ...territory, regionId: event.target.value })}>
              <option value="">{t("admin.choose")}</option>
              {data.regions.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.code} · {option.name}
                </option>
              ))}
            </select>
          </label>
        </AdminForm>
      </div>
    </section>
  );
}

function AssignmentsSection({ data, onChange }: { data: AdministrationData; onChange: () => void }) {
  const { t } = useI18n();
  const [userId, setUserId] = useState("");
  const [territoryId, setTerritoryId] = useState("");
  const [outcome, setOutcome] = useState<FormOutcome>({ kind: "idle" });
  const [assignState, assign] = useMutation(AssignTerritoryMemberMutation);
  const [unassignState, unassign] = useMutation(UnassignTerritoryMemberMutation);
  const members = data.users.filter((user) => user.role !== "ADMIN" && !user.deactivatedAt);
  const chosen = members.find((user) => user.id === userId);
  const busy = assignState.fetching || unassignState.fetching;

  async function change(kind: "assign" | "unassign") {
    if (!chosen || !territoryId) return;
    const input = { userId: chosen.id, territoryId, membership: chosen.role === "MANAGER" ? ("MANAGER" as const) : ("REP" as const) };
    let next: FormOutcome;
    if (kind === "assign") {
      const result = await assign({ input });
      next = outcomeOf(result, result.data?.assignTerritoryMember);
    } else {
      const result = await unassign({ input });
      next = outcomeOf(result, result.data?.unassignTerritoryMember);
    }
    setOutcome(next);
    if (next.kind === "done") onChange();
  }

  return (
    <section aria-labelledby="admin-assignments">
      <h2 id="admin-assignments">{t("admin.assignments")}</h2>
      <div className="admin-form">
        <label>
          {t("admin.member")}{" "}
          <select value={userId} onChange={(event) => setUserId(event.target.value)}>
            <option value="">{t("admin.choose")}</option>
            {members.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name} · {t(`role.${user.role}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("admin.territory")}{" "}
          <select value={territoryId} onChange={(event) => setTerritoryId(event.target.value)}>
            <option value="">{t("admin.choose")}</option>
            {data.territories
              .filter((territory) => !territory.archivedAt)
              .map((territory) => (
                <option key={territory.id} value={territory.id}>
                  {territory.code} · {territory.name}
                </option>
              ))}
          </select>
        </label>
        <button type="button" disabled={busy || !chosen || !territoryId} onClick={() => void change("assign")}>
          {t("admin.assign")}
        </button>
        <button type="button" disabled={busy || !chosen || !territoryId} onClick={() => void change("unassign")}>
          {t("admin.unassign")}
        </button>
        <OutcomeNotice outcome={outcome} />
      </div>
    </section>
  );
}
