import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { errorText } from "../../app/query-state.tsx";
import { begunWeeks, currentPlanDate, newIdempotencyKey } from "./plan-format.ts";
import { fieldErrorMap, FieldError } from "../../shared/user-errors.tsx";
import { problemAsUserError } from "./plan-validation.ts";
import { AMOUNT_DECIMALS, parsePlanDecimal, VOLUME_DECIMALS } from "@beatplan/domain";
import { ClosePlanMutation, RecordProgressMutation } from "./plan-operations.ts";
import { UserErrors } from "./plan-widgets.tsx";
import type { UserErrorData } from "../../shared/user-errors.tsx";

/** What the tracking forms need to know about the plan. */
export interface TrackedPlan {
  id: string;
  version: number;
  stores: readonly { id: string; code: string; name: string }[];
  weeks: number;
  /** The plan month "YYYY-MM". */
  month: string;
}

type Problem = UserErrorData;
type StoreFigures = Record<string, { volume: string; amount: string }>;

/** Malformed figures found before sending, with the same reasons and field paths the server uses. */
function figureProblems(perStore: ReturnType<typeof storeInputs>, totals: { volume: string; amount: string } | null, prefix: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const check = (field: string[], text: string, decimals: number) => {
    const parsed = parsePlanDecimal(text, decimals, field.join("."));
    if (!parsed.ok) problems.push(problemAsUserError({ field, message: parsed.message, reason: parsed.reason, params: parsed.params }, prefix));
  };
  perStore.forEach((line, index) => {
    check(["stores", String(index), "actualVolume"], line.actualVolume, VOLUME_DECIMALS);
    check(["stores", String(index), "actualAmount"], line.actualAmount, AMOUNT_DECIMALS);
  });
  if (totals) {
    check(["actualVolume"], totals.volume || "0", VOLUME_DECIMALS);
    check(["actualAmount"], totals.amount || "0", AMOUNT_DECIMALS);
  }
  return problems;
}

/** Problems by input: "actualVolume", or "store.<id>.actualAmount" for a store line of the sent list. */
function figureFieldErrors(i18n: ReturnType<typeof useI18n>, problems: readonly Problem[], sent: ReturnType<typeof storeInputs>, prefix: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, text] of Object.entries(fieldErrorMap(i18n, problems, prefix))) {
    const store = /^stores\.(\d+)\.(\w+)$/.exec(path);
    const storeId = store ? sent[Number(store[1])]?.storeId : undefined;
    result[store && storeId ? `store.${storeId}.${store[2] === "storeId" ? "actualAmount" : store[2]}` : path] = text;
  }
  return result;
}

function storeInputs(stores: StoreFigures) {
  return Object.entries(stores)
    .filter(([, line]) => line.volume.trim() !== "" || line.amount.trim() !== "")
    .map(([storeId, line]) => ({ storeId, actualVolume: line.volume.trim() || "0", actualAmount: line.amount.trim() || "0" }));
}

/** Per-store actual inputs, or totals when the customer has no stores. */
function ActualsFields({
  plan,
  stores,
  onStores,
  totals,
  onTotals,
  errors,
}: {
  plan: TrackedPlan;
  stores: StoreFigures;
  onStores: (next: StoreFigures) => void;
  totals: { volume: string; amount: string };
  onTotals: (next: { volume: string; amount: string }) => void;
  errors: Readonly<Record<string, string>>;
}) {
  const { t } = useI18n();
  const invalid = (path: string) => (errors[path] ? { "aria-invalid": true, "aria-describedby": `error-${path}` } : {});
  const problem = (path: string) => <FieldError id={`error-${path}`} text={errors[path]} />;
  if (plan.stores.length === 0) {
    return (
      <div className="form-grid">
        <label>
          {t("plans.field.actualVolume")}
          <input inputMode="decimal" name="actualVolume" value={totals.volume} onChange={(event) => onTotals({ ...totals, volume: event.target.value })} {...invalid("actualVolume")} />
        </label>
        {problem("actualVolume")}
        <label>
          {t("plans.field.actualAmount")}
          <input inputMode="decimal" name="actualAmount" value={totals.amount} onChange={(event) => onTotals({ ...totals, amount: event.target.value })} {...invalid("actualAmount")} />
        </label>
        {problem("actualAmount")}
      </div>
    );
  }
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t("plans.column.store")}</th>
          <th scope="col">{t("plans.field.actualVolume")}</th>
          <th scope="col">{t("plans.field.actualAmount")}</th>
        </tr>
      </thead>
      <tbody>
        {plan.stores.map((store) => {
          const line = stores[store.id] ?? { volume: "", amount: "" };
          return (
            <tr key={store.id}>
              <td>
                <span className="customer-code">{store.code}</span> {store.name}
              </td>
              <td>
                <input inputMode="decimal" aria-label={t("plans.form.actualVolumeOf", { store: store.code })} value={line.volume} onChange={(event) => onStores({ ...stores, [store.id]: { ...line, volume: event.target.value } })} {...invalid(`store.${store.id}.actualVolume`)} />
                {problem(`store.${store.id}.actualVolume`)}
              </td>
              <td>
                <input inputMode="decimal" aria-label={t("plans.form.actualAmountOf", { store: store.code })} value={line.amount} onChange={(event) => onStores({ ...stores, [store.id]: { ...line, amount: event.target.value } })} {...invalid(`store.${store.id}.actualAmount`)} />
                {problem(`store.${store.id}.actualAmount`)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Records actual sales to date in a plan week. Only weeks that have begun are offered; a figure
 * below an earlier week's is refused by the server unless the entry is marked as a correction.
 */
export function WeeklyProgressForm({ plan }: { plan: TrackedPlan }) {
  const i18n = useI18n();
  const { t } = i18n;
  const weeks = begunWeeks(plan.month, plan.weeks, currentPlanDate());
  const [week, setWeek] = useState(weeks.at(-1) ?? 1);
  const [stores, setStores] = useState<StoreFigures>({});
  const [totals, setTotals] = useState({ volume: "", amount: "" });
  const [correction, setCorrection] = useState(false);
  const [correctionReason, setCorrectionReason] = useState("");
  const [sent, setSent] = useState<ReturnType<typeof storeInputs>>([]);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [{ fetching, error }, record] = useMutation(RecordProgressMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const perStore = storeInputs(stores);
    setSent(perStore);
    const found = figureProblems(perStore, perStore.length > 0 ? null : totals, []);
    setProblems(found);
    if (found.length > 0) return;
    const reason = correction ? correctionReason.trim() || null : null;
    const common = { id: plan.id, expectedVersion: plan.version, week, correctionReason: reason, idempotencyKey };
    const input = perStore.length > 0 ? { ...common, stores: perStore } : { ...common, actualVolume: totals.volume || null, actualAmount: totals.amount || null };
    const result = await record({ input });
    const payload = result.data?.recordWeeklyProgress;
    setProblems(payload?.userErrors ?? []);
    // The next entry is a new action and gets its own key.
    if (payload?.businessPlan) setIdempotencyKey(newIdempotencyKey());
  };

  if (weeks.length === 0) return <p className="status-empty">{t("plans.tracking.notBegun")}</p>;
  const errors = figureFieldErrors(i18n, problems, sent, []);
  return (
    <form className="progress-form" onSubmit={submit} noValidate>
      <label>
        {t("plans.field.week")}{" "}
        <select name="week" value={week} onChange={(event) => setWeek(Number(event.target.value))}>
          {weeks.map((number) => (
            <option key={number} value={number}>
              {t("plans.tracking.weekShort", { week: number })}
            </option>
          ))}
        </select>
      </label>
      <ActualsFields plan={plan} stores={stores} onStores={setStores} totals={totals} onTotals={setTotals} errors={errors} />
      <label className="checkbox">
        <input type="checkbox" name="correction" checked={correction} onChange={(event) => setCorrection(event.target.checked)} />
        {t("plans.tracking.correction")}
      </label>
      {correction ? (
        <label className="block-label">
          {t("plans.field.correctionReason")}
          <input name="correctionReason" value={correctionReason} required onChange={(event) => setCorrectionReason(event.target.value)} />
        </label>
      ) : null}
      {error ? <p className="status-error">{errorText(error)}</p> : null}
      <UserErrors errors={problems} />
      <button type="submit" disabled={fetching || (correction && correctionReason.trim() === "")}>
        {t("plans.tracking.record")}
      </button>
    </form>
  );
}

/** The monthly business review (客代10) that closes the plan. */
export function ReviewForm({ plan }: { plan: TrackedPlan }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [sent, setSent] = useState<ReturnType<typeof storeInputs>>([]);
  const [stores, setStores] = useState<StoreFigures>({});
  const [totals, setTotals] = useState({ volume: "", amount: "" });
  const [texts, setTexts] = useState({ transactions: "", inStorePerformance: "", competitorNews: "", opportunities: "" });
  const [seedNextMonth, setSeedNextMonth] = useState(true);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [{ fetching, error }, close] = useMutation(ClosePlanMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const perStore = storeInputs(stores);
    setSent(perStore);
    const found = figureProblems(perStore, perStore.length > 0 ? null : totals, ["review"]);
    setProblems(found);
    if (found.length > 0) return;
    const figures = perStore.length > 0 ? { stores: perStore } : { actualVolume: totals.volume || null, actualAmount: totals.amount || null };
    const result = await close({ input: { id: plan.id, expectedVersion: plan.version, seedNextMonth, idempotencyKey, review: { ...figures, ...texts } } });
    setProblems(result.data?.closeBusinessPlan.userErrors ?? []);
  };
  const textField = (name: keyof typeof texts) => (
    <label className="block-label" key={name}>
      {t(`plans.review.${name}`)}
      <textarea rows={2} value={texts[name]} onChange={(event) => setTexts({ ...texts, [name]: event.target.value })} />
    </label>
  );

  return (
    <form className="review-form" onSubmit={submit} noValidate>
      <ActualsFields plan={plan} stores={stores} onStores={setStores} totals={totals} onTotals={setTotals} errors={figureFieldErrors(i18n, problems, sent, ["review"])} />
      {textField("transactions")}
      {textField("inStorePerformance")}
      {textField("competitorNews")}
      {textField("opportunities")}
      <label className="checkbox">
        <input type="checkbox" checked={seedNextMonth} onChange={(event) => setSeedNextMonth(event.target.checked)} />
        {t("plans.review.seedNextMonth")}
      </label>
      {error ? <p className="status-error">{errorText(error)}</p> : null}
      <UserErrors errors={problems} />
      <button type="submit" disabled={fetching}>
        {t("plans.review.close")}
      </button>
    </form>
  );
}
