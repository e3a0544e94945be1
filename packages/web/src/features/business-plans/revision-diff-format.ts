import { isMessageKey, type I18n, type MessageKey } from "../../app/i18n/i18n.tsx";

const groupKeys: Record<string, MessageKey> = {
  storeTargets: "plans.diff.storeLine",
  launches: "plans.diff.launchLine",
  promotions: "plans.diff.promotionLine",
};

const amountFields = new Set(["companyTargetAmount", "targetAmount", "forecastAmount", "amount", "budget"]);
const volumeFields = new Set(["companyTargetVolume", "targetVolume", "forecastVolume", "volume", "firstOrderQuantity"]);
const booleanFields = new Set(["materialsReady", "promoterReady"]);

function parts(field: string): { group: string | null; key: string | null; name: string } {
  const match = /^(\w+)\[([^\]]+)\]\.(\w+)$/.exec(field);
  return match ? { group: match[1]!, key: match[2]!, name: match[3]! } : { group: null, key: null, name: field };
}

/**
 * A revision comparison's field path in words: "targetAmount" → "Target amount",
 * "storeTargets[S-01].volume" → "Store S-01 · Volume", "promotions[2].budget" → "Promotion 2 · Budget".
 */
export function diffFieldLabel(t: I18n["t"], field: string): string {
  const { group, key, name } = parts(field);
  const fieldKey = `plans.field.${name}`;
  const label = isMessageKey(fieldKey) ? t(fieldKey) : name;
  const groupKey = group ? groupKeys[group] : undefined;
  return groupKey && key ? `${t(groupKey, { key })} · ${label}` : label;
}

/** A compared value as the user reads it: amounts and volumes with the locale's grouping, yes/no for flags. */
export function diffValue(i18n: Pick<I18n, "t" | "formatAmount" | "formatNumber">, field: string, value: string | null | undefined): string {
  if (value === null || value === undefined) return i18n.t("common.none");
  const { name } = parts(field);
  if (amountFields.has(name)) return i18n.formatAmount(value);
  if (volumeFields.has(name)) return i18n.formatNumber(value, 3);
  if (name === "expectedUplift") return `${i18n.formatNumber(value, 2)} %`;
  if (name === "targetStores") return i18n.formatNumber(value, 0);
  if (booleanFields.has(name)) return i18n.t(value === "true" ? "common.yes" : "common.no");
  return value;
}
