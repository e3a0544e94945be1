import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { errorText, Loading, QueryError } from "../../app/query-state.tsx";
import { Link, navigate } from "../../app/router.tsx";
import { useSession } from "../../app/session.tsx";
import type { PlanDetailQuery as PlanDetailResult } from "../../gql/graphql.ts";
import { currentPlanMonth, newIdempotencyKey } from "./plan-format.ts";
import { AdjustPlanMutation, CreatePlanMutation, PlanCustomersQuery, PlanDetailQuery, RevisePlanMutation } from "./plan-operations.ts";
import { emptyContent, PlanContentForm, toContentInput, type ContentDraft, type SentContent } from "./plan-content-form.tsx";
import { UserErrors } from "./plan-widgets.tsx";
import type { UserErrorData } from "../../shared/user-errors.tsx";
import { contentFieldErrors, contentProblems } from "./plan-validation.ts";

type Revision = NonNullable<PlanDetailResult["businessPlan"]>["currentRevision"];
type MutationProblem = UserErrorData;

/** A draft pre-filled from a stored revision, so a revision starts from the current content. */
export function draftFromRevision(revision: Revision): ContentDraft {
  const storeTargets: ContentDraft["storeTargets"] = {};
  for (const line of revision.storeTargets) if (line.store) storeTargets[line.store.id] = { volume: line.volume, amount: line.amount };
  return {
    companyTargetVolume: revision.companyTargetVolume,
    companyTargetAmount: revision.companyTargetAmount,
    targetVolume: revision.targetVolume,
    targetAmount: revision.targetAmount,
    forecastVolume: revision.forecastVolume,
    forecastAmount: revision.forecastAmount,
    storeTargets,
    launches: revision.launches.map((line) => ({
      productId: line.product?.id ?? "",
      launchDate: line.launchDate,
      firstOrderQuantity: line.firstOrderQuantity,
      targetStores: String(line.targetStores),
      materialsReady: line.materialsReady,
      promoterReady: line.promoterReady,
    })),
    // Fields picked by name: the query result also carries `__typename`, which no input accepts.
    promotions: revision.promotions.map((line) => ({ type: line.type, startDate: line.startDate, endDate: line.endDate, budget: line.budget, expectedUplift: line.expectedUplift })),
    penetrationNotes: revision.penetrationNotes ?? "",
  };
}

/** Writes a new plan: customer, month and revision 1. */
export function PlanCreatePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { session } = useSession();
  const [search, setSearch] = useState("");
  const [customerId, setCustomerId] = useState("");
  const [month, setMonth] = useState(currentPlanMonth());
  const [draft, setDraft] = useState<ContentDraft>(emptyContent);
  const [changeNote, setChangeNote] = useState("");
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [problems, setProblems] = useState<MutationProblem[]>([]);
  const [sent, setSent] = useState<SentContent | null>(null);
  // A rep may plan only the customers they are responsible for; managers and admins plan every customer they see.
  const repId = session?.user.role === "REP" ? session.user.id : null;
  const [{ data, fetching, error }] = useQuery({ query: PlanCustomersQuery, variables: { search: search.trim() || null, repId } });
  const [{ fetching: saving, error: saveError }, create] = useMutation(CreatePlanMutation);
  const customer = data?.customers.edges.map((edge) => edge.node).find((candidate) => candidate.id === customerId);

  // The store split belongs to one customer: another customer starts with an empty split.
  const chooseCustomer = (id: string) => {
    setCustomerId(id);
    setDraft((current) => ({ ...current, storeTargets: {} }));
    setProblems([]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const content = toContentInput(draft, customer?.stores ?? []);
    setSent(content);
    const found = contentProblems(content, customer?.stores ?? [], month);
    setProblems(found);
    if (found.length > 0) return;
    const result = await create({ input: { customerId, month, content, changeNote: changeNote || null, idempotencyKey } });
    const payload = result.data?.createBusinessPlan;
    if (payload?.businessPlan) navigate({ name: "plan", id: payload.businessPlan.id });
    else setProblems(payload?.userErrors ?? []);
  };

  return (
    <section className="plan-editor">
      <h1>{t("plans.new")}</h1>
      <form onSubmit={submit}>
        <div className="form-grid">
          <label>
            {t("plans.form.searchCustomer")}
            <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </label>
          <label>
            {t("plans.column.customer")}
            <select name="customer" value={customerId} onChange={(event) => chooseCustomer(event.target.value)} required>
              <option value="">{t("plans.form.choose")}</option>
              {data?.customers.edges.map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {node.code} {node.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("plans.filter.month")}
            <input type="month" name="month" value={month} onChange={(event) => setMonth(event.target.value)} required />
          </label>
        </div>
        {fetching && !data ? <Loading /> : null}
        {error ? <QueryError error={error} /> : null}
        <PlanContentForm draft={draft} onChange={setDraft} stores={customer ? customer.stores : null} month={month} errors={contentFieldErrors(i18n, problems, sent)} />
        <label className="block-label">
          {t("plans.field.changeNote")}
          <input value={changeNote} onChange={(event) => setChangeNote(event.target.value)} />
        </label>
        {saveError ? <p className="status-error">{errorText(saveError)}</p> : null}
        <UserErrors errors={problems} />
        <div className="form-actions">
          <button type="submit" disabled={saving || !customerId}>
            {saving ? t("plans.form.saving") : t("plans.form.createDraft")}
          </button>
          <Link to={{ name: "plans", params: { month } }}>{t("plans.form.cancel")}</Link>
        </div>
      </form>
    </section>
  );
}

/** Writes a new revision of a plan: revise (before confirmation) or adjust (after it). */
export function PlanRevisionPage({ id, mode }: { id: string; mode: "revise" | "adjust" }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: PlanDetailQuery, variables: { id } });
  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} />;
  const plan = data?.businessPlan;
  if (!plan) return <p className="status-empty">{t("plans.notFound")}</p>;
  return <RevisionEditor key={`${plan.id}-${plan.version}`} plan={plan} mode={mode} />;
}

function RevisionEditor({ plan, mode }: { plan: NonNullable<PlanDetailResult["businessPlan"]>; mode: "revise" | "adjust" }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [sent, setSent] = useState<SentContent | null>(null);
  const [draft, setDraft] = useState<ContentDraft>(() => draftFromRevision(plan.currentRevision));
  const [changeNote, setChangeNote] = useState("");
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [problems, setProblems] = useState<MutationProblem[]>([]);
  const [{ fetching: revising, error: reviseError }, revise] = useMutation(RevisePlanMutation);
  const [{ fetching: adjusting, error: adjustError }, adjust] = useMutation(AdjustPlanMutation);
  const month = plan.month;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const content = toContentInput(draft, plan.customer.stores);
    setSent(content);
    const found = contentProblems(content, plan.customer.stores, month);
    setProblems(found);
    if (found.length > 0) return;
    const input = { id: plan.id, expectedVersion: plan.version, content, changeNote: changeNote || null, idempotencyKey };
    const result = mode === "revise" ? await revise({ input }) : await adjust({ input });
    const payload = result.data && ("reviseBusinessPlan" in result.data ? result.data.reviseBusinessPlan : result.data.adjustBusinessPlan);
    if (payload?.businessPlan) navigate({ name: "plan", id: plan.id });
    else setProblems(payload?.userErrors ?? []);
  };
  const saveError = reviseError ?? adjustError;

  return (
    <section className="plan-editor">
      <h1>
        {t(mode === "revise" ? "plans.form.reviseTitle" : "plans.form.adjustTitle", { customer: plan.customer.name, month })}
      </h1>
      <p>{t("plans.form.basedOn", { number: plan.currentRevisionNumber, version: plan.version })}</p>
      <form onSubmit={submit}>
        <PlanContentForm draft={draft} onChange={setDraft} stores={plan.customer.stores} month={month} errors={contentFieldErrors(i18n, problems, sent)} />
        <label className="block-label">
          {t("plans.field.changeNote")}
          <input name="changeNote" value={changeNote} onChange={(event) => setChangeNote(event.target.value)} />
        </label>
        {saveError ? <p className="status-error">{errorText(saveError)}</p> : null}
        <UserErrors errors={problems} />
        <div className="form-actions">
          <button type="submit" disabled={revising || adjusting}>
            {revising || adjusting ? t("plans.form.saving") : t("plans.form.saveRevision")}
          </button>
          <Link to={{ name: "plan", id: plan.id }}>{t("plans.form.cancel")}</Link>
        </div>
      </form>
    </section>
  );
}
