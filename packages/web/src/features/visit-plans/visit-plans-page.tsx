import { useId, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { errorText, Loading, QueryError } from "../../app/query-state.tsx";
import { navigate, type VisitPlanParams } from "../../app/router.tsx";
import { useSession } from "../../app/session.tsx";
import { userErrorText } from "../../shared/user-errors.tsx";
import { JobProgress, JobUnavailable, useVisitPlanJob } from "./job-progress.tsx";
import { PlanView } from "./plan-view.tsx";
import { GenerateVisitPlanMutation, VisitPlanTerritoriesQuery } from "./visit-plan-operations.ts";
import "./visit-plans.css";

/** The Monday on or after `today` (YYYY-MM-DD): cycles start on Mondays. */
export function nextMonday(today: Date): string {
  const date = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  date.setUTCDate(date.getUTCDate() + ((8 - date.getUTCDay()) % 7));
  return date.toISOString().slice(0, 10);
}

/** The visit plans of a territory: generate one (managers, admins), follow the solve, read the cycle. */
export function VisitPlansPage({ params }: { params: VisitPlanParams }) {
  const { t } = useI18n();
  const { session } = useSession();
  const territorySelectId = useId();
  const [{ data, error }] = useQuery({ query: VisitPlanTerritoriesQuery });
  const territories = data?.territories ?? [];
  const selected = territories.find((territory) => territory.code === params.territory) ?? territories[0];
  const mayPlan = session?.user.role === "ADMIN" || session?.user.role === "MANAGER";

  return (
    <section className="visit-plans">
      <h1>{t("visitPlans.title")}</h1>
      <div className="visit-plans-toolbar">
        {/* A label beside the select, not around it: a wrapping label's name would take in the selected option. */}
        <label htmlFor={territorySelectId}>{t("visitPlans.territory")}</label>{" "}
        <select id={territorySelectId} value={selected?.code ?? ""} onChange={(event) => navigate({ name: "visitPlans", params: { territory: event.target.value } })}>
          {territories.map((territory) => (
            <option key={territory.id} value={territory.code}>
              {territory.code} {territory.name}
            </option>
          ))}
        </select>
      </div>
      {error ? <QueryError error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {selected ? (
        mayPlan ? (
          <GenerateForm key={selected.id} territoryId={selected.id} territoryCode={selected.code} />
        ) : (
          <p className="visit-plans-note">{t("visitPlans.generate.readOnly")}</p>
        )
      ) : null}
      {params.job ? <FollowedJob key={params.job} jobId={params.job} territory={selected?.code} mayCancel={mayPlan} /> : null}
      {!params.job && params.plan ? <PlanView key={params.plan} planId={params.plan} /> : null}
      {!params.job && !params.plan && selected ? <p className="visit-plans-note">{t("visitPlans.none")}</p> : null}
    </section>
  );
}

function GenerateForm({ territoryId, territoryCode }: { territoryId: string; territoryCode: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [startsOn, setStartsOn] = useState(() => nextMonday(new Date()));
  const [cycleWeeks, setCycleWeeks] = useState("2");
  const [timeLimitSeconds, setTimeLimitSeconds] = useState("5");
  const [repAssignment, setRepAssignment] = useState<"KEEP" | "OPTIMISE">("KEEP");
  const [{ fetching }, generate] = useMutation(GenerateVisitPlanMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const result = await generate({
      input: { territoryId, startsOn, cycleWeeks: Number(cycleWeeks), timeLimitSeconds: Number(timeLimitSeconds), repAssignment, idempotencyKey: crypto.randomUUID() },
    });
    const payload = result.data?.generateVisitPlan;
    if (result.error) return setProblem(errorText(result.error));
    if (!payload?.job) return setProblem((payload?.userErrors ?? []).map((userError) => userErrorText(i18n, userError)).join("; "));
    navigate({ name: "visitPlans", params: { territory: territoryCode, job: payload.job.id } });
  };

  return (
    <form className="visit-generate" onSubmit={(event) => void onSubmit(event)} aria-labelledby="visit-generate-title">
      <h2 id="visit-generate-title">{t("visitPlans.generate.title")}</h2>
      <label>
        {t("visitPlans.generate.startsOn")} <input type="date" required value={startsOn} onChange={(event) => setStartsOn(event.target.value)} />
      </label>
      <label>
        {t("visitPlans.generate.cycleWeeks")} <input type="number" required min={1} max={8} step={1} value={cycleWeeks} onChange={(event) => setCycleWeeks(event.target.value)} />
      </label>
      <label>
        {t("visitPlans.generate.timeLimit")} <input type="number" required min={0.5} max={600} step={0.5} value={timeLimitSeconds} onChange={(event) => setTimeLimitSeconds(event.target.value)} />
      </label>
      <fieldset>
        <legend>{t("visitPlans.generate.repAssignment")}</legend>
        {(["KEEP", "OPTIMISE"] as const).map((mode) => (
          <label key={mode}>
            <input type="radio" name="repAssignment" value={mode} checked={repAssignment === mode} onChange={() => setRepAssignment(mode)} /> {t(`visitPlans.generate.${mode}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={fetching}>
        {t("visitPlans.generate.submit")}
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
    </form>
  );
}

function FollowedJob({ jobId, territory, mayCancel }: { jobId: string; territory: string | undefined; mayCancel: boolean }) {
  const { job, error } = useVisitPlanJob(jobId);
  const shownPlan = job?.plan?.id;
  if (job === undefined && !error) return <Loading />;
  if (!job) return <JobUnavailable error={error} />;
  return (
    <>
      <JobProgress job={job} mayCancel={mayCancel} />
      {shownPlan ? <PlanView key={shownPlan} planId={shownPlan} territory={territory} /> : null}
    </>
  );
}
