import type { PlanContent } from "./plan-content.ts";
import { planDecimalUnits } from "./plan-decimal.ts";

/** How a field differs between two revisions. */
export type FieldChangeKind = "ADDED" | "REMOVED" | "CHANGED";

/** One field that differs between two revisions; values are rendered as text, null when absent. */
export interface FieldChange {
  /** Path of the field, e.g. "targetAmount", "storeTargets[S-01].volume", "launches[P-100].launchDate", "promotions[2].budget". */
  readonly field: string;
  readonly kind: FieldChangeKind;
  readonly before: string | null;
  readonly after: string | null;
}

type Value = string | number | boolean | null;

const decimalFields = new Set([
  "companyTargetVolume",
  "companyTargetAmount",
  "targetVolume",
  "targetAmount",
  "forecastVolume",
  "forecastAmount",
  "volume",
  "amount",
  "firstOrderQuantity",
  "budget",
  "expectedUplift",
]);

function equal(name: string, before: Value, after: Value): boolean {
  if (typeof before === "string" && typeof after === "string" && decimalFields.has(name)) return planDecimalUnits(before) === planDecimalUnits(after);
  return before === after;
}

function render(value: Value | undefined): string | null {
  return value === undefined || value === null ? null : String(value);
}

function compareRecords(prefix: string, before: Record<string, Value> | undefined, after: Record<string, Value> | undefined, fields: readonly string[], changes: FieldChange[]): void {
  if (!before && !after) return;
  for (const name of fields) {
    const previous = before?.[name];
    const next = after?.[name];
    const path = prefix ? `${prefix}.${name}` : name;
    if (!before) changes.push({ field: path, kind: "ADDED", before: null, after: render(next) });
    else if (!after) changes.push({ field: path, kind: "REMOVED", before: render(previous), after: null });
    else if (!equal(name, previous ?? null, next ?? null)) changes.push({ field: path, kind: "CHANGED", before: render(previous), after: render(next) });
  }
}

function compareKeyedLines<Line>(
  listName: string,
  before: readonly Line[],
  after: readonly Line[],
  keyOf: (line: Line, index: number) => string,
  fields: readonly string[],
  changes: FieldChange[],
): void {
  const beforeByKey = new Map(before.map((line, index) => [keyOf(line, index), line]));
  const afterByKey = new Map(after.map((line, index) => [keyOf(line, index), line]));
  const keys = [...new Set([...beforeByKey.keys(), ...afterByKey.keys()])];
  for (const key of keys) {
    compareRecords(`${listName}[${key}]`, beforeByKey.get(key) as Record<string, Value> | undefined, afterByKey.get(key) as Record<string, Value> | undefined, fields, changes);
  }
}

const scalarFields = ["companyTargetVolume", "companyTargetAmount", "targetVolume", "targetAmount", "forecastVolume", "forecastAmount", "penetrationNotes"] as const;

/**
 * Lists what changed from one revision to another, field by field. Store lines are matched by
 * store code and launches by product code, so reordering lines is no change; promotions have
 * no natural key and are matched by position (1-based). Decimals compare by value ("10" = "10.00").
 */
export function diffPlanContent(before: PlanContent, after: PlanContent): FieldChange[] {
  const changes: FieldChange[] = [];
  compareRecords("", before as unknown as Record<string, Value>, after as unknown as Record<string, Value>, scalarFields, changes);
  compareKeyedLines("storeTargets", before.storeTargets, after.storeTargets, (line) => line.storeCode, ["volume", "amount"], changes);
  compareKeyedLines("launches", before.launches, after.launches, (line) => line.productCode, ["launchDate", "firstOrderQuantity", "targetStores", "materialsReady", "promoterReady"], changes);
  compareKeyedLines("promotions", before.promotions, after.promotions, (_line, index) => String(index + 1), ["type", "startDate", "endDate", "budget", "expectedUplift"], changes);
  return changes;
}
