import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { errorText } from "../../app/query-state.tsx";
import { newIdempotencyKey } from "./plan-format.ts";
import { ClosePlanMutation, RecordProgressMutation } from "./plan-operations.ts";
import { UserErrors } from "./plan-widgets.tsx";

/** What the tracking forms need to know about the plan. */
export interface TrackedPlan {
  id: string;
  version: number;
  stores: readonly { id: string; code: string; name: string }[];
  weeks: number;
}

type Problem = { field?: readonly string[] | null; message: string; code: string };
type StoreFigures = Record<string, { volume: string; amount: string }>;

function storeInputs(stores: StoreFigures) {
  return Object.entries(stores)
    .filter(([, line]) => line.volume.trim() !== "" || line.amount.trim() !== "")
    .map(([storeId, line]) => ({ storeId, actualVolume: line.volume.trim() || "0", actualAmount: line.amount.trim() || "0" }));
}

/** Per-store actual inputs, or totals when the customer has no stores. */
function ActualsFields({ plan, stores, onStores, totals, onTotals }: { plan: TrackedPlan; stores: StoreFigures; onStores: (next: StoreFigures) => void; totals: { volume: string; amount: string }; onTotals: (next: { volume: string; amount: string }) => void }) {
  const { t } = useI18n();
  if (plan.stores.length === 0) {
    return (
      <div className="form-grid">
        <label>
          {t("plans.field.actualVolume")}
          <input inputMode="decimal" value={totals.volume} onChange={(event) => onTotals({ ...totals, volume: event.target.value })} />
        </label>
        <label>
          {t("plans.field.actualAmount")}
          <input inputMode="decimal" value={totals.amount} onChange={(event) => onTotals({ ...totals, amount: event.target.value })} />
        </label>
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
                <input inputMode="decimal" aria-label={t("plans.form.actualVolumeOf", { store: store.code })} value={line.volume} onChange={(event) => onStores({ ...stores, [store.id]: { ...line, volume: event.target.value } })} />
              </td>
              <td>
                <input inputMode="decimal" aria-label={t("plans.form.actualAmountOf", { store: store.code })} value={line.amount} onChange={(event) => onStores({ ...stores, [store.id]: { ...line, amount: event.target.value } })} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Records actual sales to date at the end of a plan week. */
export function WeeklyProgressForm({ plan }: { plan: TrackedPlan }) {
  const { t } = useI18n();
  const [week, setWeek] = useState(1);
  const [stores, setStores] = useState<StoreFigures>({});
  const [totals, setTotals] = useState({ volume: "", amount: "" });
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [{ fetching, error }, record] = useMutation(RecordProgressMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const perStore = storeInputs(stores);
    const input = perStore.length > 0 ? { id: plan.id, expectedVersion: plan.version, week, stores: perStore, idempotencyKey } : { id: plan.id, expectedVersion: plan.version, week, actualVolume: totals.volume || null, actualAmount: totals.amount || null, idempotencyKey };
    const result = await record({ input });
    const payload = result.data?.recordWeeklyProgress;
    setProblems(payload?.userErrors ?? []);
    // The next entry is a new action and gets its own key.
    if (payload?.businessPlan) setIdempotencyKey(newIdempotencyKey());
  };

  return (
    <form className="progress-form" onSubmit={submit}>
      <label>
        {t("plans.field.week")}{" "}
        <select name="week" value={week} onChange={(event) => setWeek(Number(event.target.value))}>
          {Array.from({ length: plan.weeks }, (_, index) => (
            <option key={index + 1} value={index + 1}>
              {t("plans.tracking.weekShort", { week: index + 1 })}
            </option>
          ))}
        </select>
      </label>
      <ActualsFields plan={plan} stores={stores} onStores={setStores} totals={totals} onTotals={setTotals} />
      {error ? <p className="status-error">{errorText(error)}</p> : null}
      <UserErrors errors={problems} />
      <button type="submit" disabled={fetching}>
        {t("plans.tracking.record")}
      </button>
    </form>
  );
}

/** The monthly business review (客代10) that closes the plan. */
export function ReviewForm({ plan }: { plan: TrackedPlan }) {
  const { t } = useI18n();
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
    <form className="review-form" onSubmit={submit}>
      <ActualsFields plan={plan} stores={stores} onStores={setStores} totals={totals} onTotals={setTotals} />
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
