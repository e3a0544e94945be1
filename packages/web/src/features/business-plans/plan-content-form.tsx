import { useQuery } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import type { BusinessPlanContentInput } from "../../gql/graphql.ts";
import { lastDateOfMonth } from "@beatplan/domain";
import { ProductsQuery } from "./plan-operations.ts";
import { FieldError } from "../../shared/user-errors.tsx";

/** A launch line as edited (numbers as typed). */
export interface LaunchDraft {
  productId: string;
  launchDate: string;
  firstOrderQuantity: string;
  targetStores: string;
  materialsReady: boolean;
  promoterReady: boolean;
}

/** A promotion line as edited. */
export interface PromotionDraft {
  type: string;
  startDate: string;
  endDate: string;
  budget: string;
  expectedUplift: string;
}

/** The plan content as edited in the form; the API validates and reports problems per field. */
export interface ContentDraft {
  companyTargetVolume: string;
  companyTargetAmount: string;
  targetVolume: string;
  targetAmount: string;
  forecastVolume: string;
  forecastAmount: string;
  /** Per store id: the split as typed; stores left empty are not part of the split. */
  storeTargets: Record<string, { volume: string; amount: string }>;
  launches: LaunchDraft[];
  promotions: PromotionDraft[];
  penetrationNotes: string;
}

/** A store of the customer. */
export interface StoreOption {
  id: string;
  code: string;
  name: string;
}

/** An empty draft. */
export function emptyContent(): ContentDraft {
  return {
    companyTargetVolume: "",
    companyTargetAmount: "",
    targetVolume: "",
    targetAmount: "",
    forecastVolume: "",
    forecastAmount: "",
    storeTargets: {},
    launches: [],
    promotions: [],
    penetrationNotes: "",
  };
}

/**
 * The API input for a draft: empty numbers are sent as 0 so the server names the field if that
 * is wrong. Every input field is picked by name (a draft pre-filled from a query would otherwise
 * carry `__typename` into the input), and only the split of `stores` (the chosen customer's) is sent.
 */
export function toContentInput(draft: ContentDraft, stores: readonly StoreOption[]) {
  const number = (text: string) => (text.trim() === "" ? "0" : text.trim());
  return {
    companyTargetVolume: number(draft.companyTargetVolume),
    companyTargetAmount: number(draft.companyTargetAmount),
    targetVolume: number(draft.targetVolume),
    targetAmount: number(draft.targetAmount),
    forecastVolume: number(draft.forecastVolume),
    forecastAmount: number(draft.forecastAmount),
    storeTargets: stores
      .map((store) => ({ storeId: store.id, line: draft.storeTargets[store.id] }))
      .filter(({ line }) => line !== undefined && (line.volume.trim() !== "" || line.amount.trim() !== ""))
      .map(({ storeId, line }) => ({ storeId, volume: number(line!.volume), amount: number(line!.amount) })),
    launches: draft.launches.map((line) => ({
      productId: line.productId,
      launchDate: line.launchDate,
      firstOrderQuantity: number(line.firstOrderQuantity),
      targetStores: Number.parseInt(line.targetStores || "0", 10),
      materialsReady: line.materialsReady,
      promoterReady: line.promoterReady,
    })),
    promotions: draft.promotions.map((line) => ({ type: line.type, startDate: line.startDate, endDate: line.endDate, budget: number(line.budget), expectedUplift: number(line.expectedUplift) })),
    penetrationNotes: draft.penetrationNotes.trim() === "" ? null : draft.penetrationNotes,
  } satisfies BusinessPlanContentInput;
}

/** The content input a form sends (as built by {@link toContentInput}). */
export type SentContent = ReturnType<typeof toContentInput>;

function sumOf(values: string[]): number {
  return values.reduce((sum, value) => sum + (Number(value) || 0), 0);
}

const scalarFields = ["companyTargetVolume", "companyTargetAmount", "targetVolume", "targetAmount", "forecastVolume", "forecastAmount"] as const;

/** The form 客代09 editor: targets, store split (with a running sum), launches, promotions and notes. */
export function PlanContentForm({
  draft,
  onChange,
  stores,
  month,
  errors = {},
}: {
  draft: ContentDraft;
  onChange: (next: ContentDraft) => void;
  /** null until a customer is chosen. */
  stores: readonly StoreOption[] | null;
  month: string;
  /** Problems by field ("targetAmount", "promotions.0.endDate", "store.<id>.volume"), highlighted on their input. */
  errors?: Readonly<Record<string, string>>;
}) {
  const { t, formatAmount, formatNumber } = useI18n();
  const [{ data: products }] = useQuery({ query: ProductsQuery });
  const set = (changes: Partial<ContentDraft>) => onChange({ ...draft, ...changes });
  const splitVolume = sumOf(Object.values(draft.storeTargets).map((line) => line.volume));
  const splitAmount = sumOf(Object.values(draft.storeTargets).map((line) => line.amount));
  const dateRange = { min: `${month}-01`, max: lastDateOfMonth(month) };
  const invalid = (path: string) => (errors[path] ? { "aria-invalid": true, "aria-describedby": `error-${path}` } : {});
  const problem = (path: string) => <FieldError id={`error-${path}`} text={errors[path]} />;

  return (
    <div className="plan-content-form">
      <fieldset>
        <legend>{t("plans.form.targets")}</legend>
        <div className="form-grid">
          {scalarFields.map((name) => (
            <div className="form-field" key={name}>
              <label>
                {t(`plans.field.${name}`)}
                <input inputMode="decimal" name={name} value={draft[name]} onChange={(event) => set({ [name]: event.target.value })} {...invalid(name)} />
              </label>
              {problem(name)}
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("plans.form.storeSplit")}</legend>
        {problem("storeTargets")}
        {stores === null ? (
          <p className="status-empty">{t("plans.form.chooseCustomerFirst")}</p>
        ) : stores.length === 0 ? (
          <p className="status-empty">{t("plans.form.noStores")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("plans.column.store")}</th>
                <th scope="col">{t("plans.field.volume")}</th>
                <th scope="col">{t("plans.field.amount")}</th>
              </tr>
            </thead>
            <tbody>
              {stores.map((store) => {
                const line = draft.storeTargets[store.id] ?? { volume: "", amount: "" };
                const update = (changes: Partial<typeof line>) => set({ storeTargets: { ...draft.storeTargets, [store.id]: { ...line, ...changes } } });
                return (
                  <tr key={store.id}>
                    <td>
                      <span className="customer-code">{store.code}</span> {store.name}
                    </td>
                    <td>
                      <input inputMode="decimal" aria-label={t("plans.form.storeVolume", { store: store.code })} value={line.volume} onChange={(event) => update({ volume: event.target.value })} {...invalid(`store.${store.id}.volume`)} />
                      {problem(`store.${store.id}.volume`)}
                    </td>
                    <td>
                      <input inputMode="decimal" aria-label={t("plans.form.storeAmount", { store: store.code })} value={line.amount} onChange={(event) => update({ amount: event.target.value })} {...invalid(`store.${store.id}.amount`)} />
                      {problem(`store.${store.id}.amount`)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("plans.form.splitSum")}</th>
                <td className={splitVolume !== (Number(draft.targetVolume) || 0) && splitVolume !== 0 ? "sum-mismatch" : undefined}>
                  {formatNumber(splitVolume, 3)} / {formatNumber(Number(draft.targetVolume) || 0, 3)}
                </td>
                <td className={Math.abs(splitAmount - (Number(draft.targetAmount) || 0)) > 0.001 && splitAmount !== 0 ? "sum-mismatch" : undefined}>
                  {formatAmount(splitAmount)} / {formatAmount(Number(draft.targetAmount) || 0)}
                </td>
              </tr>
            </tfoot>
          </table>
        )}
      </fieldset>

      <fieldset>
        <legend>{t("plans.form.launches")}</legend>
        {draft.launches.map((line, index) => {
          const update = (changes: Partial<LaunchDraft>) => set({ launches: draft.launches.map((other, at) => (at === index ? { ...other, ...changes } : other)) });
          return (
            <div className="line-row" key={index}>
              <label>
                {t("plans.field.product")}
                <select value={line.productId} onChange={(event) => update({ productId: event.target.value })} {...invalid(`launches.${index}.productId`)}>
                  <option value="">{t("plans.form.choose")}</option>
                  {products?.products.map((product) => (
                    <option key={product.id} value={product.id}>
                      {product.code} {product.name}
                    </option>
                  ))}
                </select>
              </label>
              {problem(`launches.${index}.productId`)}
              <label>
                {t("plans.field.launchDate")}
                <input type="date" {...dateRange} value={line.launchDate} onChange={(event) => update({ launchDate: event.target.value })} {...invalid(`launches.${index}.launchDate`)} />
              </label>
              {problem(`launches.${index}.launchDate`)}
              <label>
                {t("plans.field.firstOrderQuantity")}
                <input inputMode="decimal" value={line.firstOrderQuantity} onChange={(event) => update({ firstOrderQuantity: event.target.value })} {...invalid(`launches.${index}.firstOrderQuantity`)} />
              </label>
              {problem(`launches.${index}.firstOrderQuantity`)}
              <label>
                {t("plans.field.targetStores")}
                <input inputMode="numeric" value={line.targetStores} onChange={(event) => update({ targetStores: event.target.value })} {...invalid(`launches.${index}.targetStores`)} />
              </label>
              {problem(`launches.${index}.targetStores`)}
              <label className="checkbox">
                <input type="checkbox" checked={line.materialsReady} onChange={(event) => update({ materialsReady: event.target.checked })} />
                {t("plans.field.materialsReady")}
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={line.promoterReady} onChange={(event) => update({ promoterReady: event.target.checked })} />
                {t("plans.field.promoterReady")}
              </label>
              <button type="button" onClick={() => set({ launches: draft.launches.filter((_, at) => at !== index) })}>
                {t("plans.form.remove")}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          onClick={() => set({ launches: [...draft.launches, { productId: "", launchDate: `${month}-01`, firstOrderQuantity: "", targetStores: "", materialsReady: false, promoterReady: false }] })}
        >
          {t("plans.form.addLaunch")}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t("plans.form.promotions")}</legend>
        {draft.promotions.map((line, index) => {
          const update = (changes: Partial<PromotionDraft>) => set({ promotions: draft.promotions.map((other, at) => (at === index ? { ...other, ...changes } : other)) });
          return (
            <div className="line-row" key={index}>
              <label>
                {t("plans.field.promotionType")}
                <input name={`promotion-type-${index}`} value={line.type} onChange={(event) => update({ type: event.target.value })} {...invalid(`promotions.${index}.type`)} />
              </label>
              {problem(`promotions.${index}.type`)}
              <label>
                {t("plans.field.startDate")}
                <input type="date" {...dateRange} value={line.startDate} onChange={(event) => update({ startDate: event.target.value })} {...invalid(`promotions.${index}.startDate`)} />
              </label>
              {problem(`promotions.${index}.startDate`)}
              <label>
                {t("plans.field.endDate")}
                <input type="date" {...dateRange} value={line.endDate} onChange={(event) => update({ endDate: event.target.value })} {...invalid(`promotions.${index}.endDate`)} />
              </label>
              {problem(`promotions.${index}.endDate`)}
              <label>
                {t("plans.field.budget")}
                <input name={`promotion-budget-${index}`} inputMode="decimal" value={line.budget} onChange={(event) => update({ budget: event.target.value })} {...invalid(`promotions.${index}.budget`)} />
              </label>
              {problem(`promotions.${index}.budget`)}
              <label>
                {t("plans.field.expectedUplift")}
                <input inputMode="decimal" value={line.expectedUplift} onChange={(event) => update({ expectedUplift: event.target.value })} {...invalid(`promotions.${index}.expectedUplift`)} />
              </label>
              {problem(`promotions.${index}.expectedUplift`)}
              <button type="button" onClick={() => set({ promotions: draft.promotions.filter((_, at) => at !== index) })}>
                {t("plans.form.remove")}
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => set({ promotions: [...draft.promotions, { type: "", startDate: `${month}-01`, endDate: `${month}-01`, budget: "", expectedUplift: "" }] })}>
          {t("plans.form.addPromotion")}
        </button>
      </fieldset>

      <label className="block-label">
        {t("plans.field.penetrationNotes")}
        <textarea rows={3} value={draft.penetrationNotes} onChange={(event) => set({ penetrationNotes: event.target.value })} />
      </label>
    </div>
  );
}
