import { validatePlanContent, type PlanProblem } from "@beatplan/domain";
import type { I18n, MessageKey } from "../../app/i18n/i18n.tsx";
import { isMessageKey } from "../../app/i18n/i18n.tsx";
import { fieldErrorMap, type UserErrorData } from "../../shared/user-errors.tsx";
import type { SentContent, StoreOption } from "./plan-content-form.tsx";

/** A plan problem as a userError, so problems found in the browser and by the server read alike. */
export function problemAsUserError(problem: PlanProblem, prefix: readonly string[]): UserErrorData {
  return {
    field: [...prefix, ...problem.field],
    message: problem.message,
    code: "VALIDATION",
    reason: problem.reason ?? null,
    params: Object.entries(problem.params ?? {}).map(([name, value]) => ({ name, value })),
  };
}

/**
 * Checks a content input with the same rules the server applies (numbers, the store split adding
 * up, dates in the month, a target) before it is sent; problems are under ["content", …].
 * Products are checked only for being chosen: the server knows the catalogue.
 */
export function contentProblems(input: SentContent, stores: readonly StoreOption[], month: string): UserErrorData[] {
  const codes = new Map(stores.map((store) => [store.id, store.code]));
  const problems = validatePlanContent(
    {
      ...input,
      storeTargets: input.storeTargets.map((line) => ({ ...line, storeCode: codes.get(line.storeId) ?? line.storeId })),
      launches: input.launches.map((line) => ({ ...line, productCode: line.productId })),
      penetrationNotes: input.penetrationNotes ?? null,
    },
    { month, today: `${month}-01`, storeIds: new Set(codes.keys()), productIds: new Set(input.launches.map((line) => line.productId).filter((id) => id !== "")) },
  );
  return problems.map((problem) => problemAsUserError(problem, ["content"]));
}

/**
 * Problems by form field: content paths ("targetAmount", "promotions.0.endDate"), with store
 * lines keyed by store id ("store.<id>.volume") because the sent split skips empty stores.
 */
export function contentFieldErrors(i18n: Pick<I18n, "t" | "locale">, problems: readonly UserErrorData[], input: SentContent | null): Record<string, string> {
  const byPath = fieldErrorMap(i18n, problems, ["content"]);
  const result: Record<string, string> = {};
  for (const [path, text] of Object.entries(byPath)) {
    const store = /^storeTargets\.(\d+)\.(\w+)$/.exec(path);
    const storeId = store ? input?.storeTargets[Number(store[1])]?.storeId : undefined;
    result[store && storeId ? `store.${storeId}.${store[2] === "storeId" ? "amount" : store[2]}` : path] = text;
  }
  return result;
}

const groupKeys: Record<string, MessageKey> = {
  storeTargets: "plans.form.storeSplit",
  launches: "plans.form.launches",
  promotions: "plans.form.promotions",
  stores: "plans.column.store",
};

/** A field path of a plan mutation in words ("Promotions 1 · To"), never the raw path. */
export function planFieldLabel(t: I18n["t"], field: readonly string[]): string | null {
  const path = field[0] === "content" || field[0] === "review" ? field.slice(1) : field;
  const words: string[] = [];
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index]!;
    const next = path[index + 1];
    if (segment in groupKeys) {
      words.push(next !== undefined && /^\d+$/.test(next) ? `${t(groupKeys[segment]!)} ${Number(next) + 1}` : t(groupKeys[segment]!));
      if (next !== undefined && /^\d+$/.test(next)) index += 1;
      continue;
    }
    const key = `plans.field.${segment}`;
    if (isMessageKey(key)) words.push(t(key));
  }
  return words.length > 0 ? words.join(" · ") : null;
}
