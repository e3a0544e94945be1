import { formatScaledDecimal, parseScaledDecimal } from "./decimal.ts";
import { ClassificationValidationError, type VolumeInput } from "./types.ts";

/**
 * Rule-based classification (DOMAIN.md §2): an ordered list of rules held as
 * plain JSON, evaluated against a customer's archive attributes; the first rule
 * that matches decides the class.
 */

/** Which classification a rule set produces: the sales class A–D or the core-customer grade A–C. */
export type RuleSetDimension = "SALES_CLASS" | "CORE_GRADE";

/** Archive attributes that rules can test. */
export type RuleAttribute =
  | "type"
  | "tier"
  | "monthlyVolume"
  | "yearsCooperating"
  | "badCredit"
  | "ourShareOfPurchases"
  | "tags";

/** Attributes compared as numbers. */
export type NumericRuleAttribute = "monthlyVolume" | "yearsCooperating" | "ourShareOfPurchases";

/**
 * A condition. Numeric comparisons take numbers or decimal strings and at least
 * one bound; several bounds must all hold. A test of a missing attribute is
 * false (an unknown credit record is not "no bad credit"); `not` turns that into true.
 */
export type RuleCondition =
  | { readonly always: true }
  | { readonly all: readonly RuleCondition[] }
  | { readonly any: readonly RuleCondition[] }
  | { readonly not: RuleCondition }
  | { readonly attribute: "type" | "tier"; readonly in: readonly string[] }
  | {
      readonly attribute: NumericRuleAttribute;
      readonly atLeast?: VolumeInput;
      readonly above?: VolumeInput;
      readonly atMost?: VolumeInput;
      readonly below?: VolumeInput;
    }
  | { readonly attribute: "badCredit"; readonly is: boolean }
  | { readonly attribute: "tags"; readonly includesAny: readonly string[] };

/** One rule: when `when` holds, the customer gets `assign`. */
export interface ClassificationRule {
  /** Unique within the rule set; results name it. */
  readonly id: string;
  readonly description: string;
  readonly assign: string;
  readonly when: RuleCondition;
}

/** An ordered rule set as stored and exchanged (JSON). */
export interface ClassificationRuleSet {
  readonly id: string;
  readonly name: string;
  readonly dimension: RuleSetDimension;
  readonly rules: readonly ClassificationRule[];
  /** Class of a customer no rule matches. */
  readonly defaultClass: string;
}

/** The archive attributes of one customer, as far as they are known. */
export interface RuleSubject {
  readonly customerKey: string;
  /** Customer type, e.g. "RETAIL", "DEALER", "KEY_ACCOUNT". */
  readonly type?: string | null;
  /** Distribution tier, e.g. "FIRST_TIER" or "SECOND_TIER" for agents. */
  readonly tier?: string | null;
  /** Average monthly volume (see averageMonthlyVolumes). */
  readonly monthlyVolume?: VolumeInput | null;
  readonly yearsCooperating?: number | null;
  readonly badCredit?: boolean | null;
  /** Our share of the customer's purchases, 0..1. */
  readonly ourShareOfPurchases?: VolumeInput | null;
  readonly tags?: readonly string[] | null;
}

/** Which class a customer got and which rule decided it. */
export interface RuleResult {
  readonly customerKey: string;
  readonly class: string;
  /** Id of the first matching rule; null when no rule matched and the default class applied. */
  readonly matchedRuleId: string | null;
  /** Description of that rule, or "no rule matched: default class" for the default. */
  readonly reason: string;
}

/** A validated rule set, ready to classify many customers. */
export interface CompiledRuleSet {
  readonly definition: ClassificationRuleSet;
  classify(subject: RuleSubject): RuleResult;
}

const CLASSES_BY_DIMENSION: Readonly<Record<RuleSetDimension, readonly string[]>> = {
  SALES_CLASS: ["A", "B", "C", "D"],
  CORE_GRADE: ["A", "B", "C"],
};
const ATTRIBUTES: readonly RuleAttribute[] = [
  "type",
  "tier",
  "monthlyVolume",
  "yearsCooperating",
  "badCredit",
  "ourShareOfPurchases",
  "tags",
];
const NUMERIC_ATTRIBUTES: readonly string[] = ["monthlyVolume", "yearsCooperating", "ourShareOfPurchases"];
const BOUNDS = ["atLeast", "above", "atMost", "below"] as const;
const CONDITION_KINDS = ["always", "all", "any", "not", "attribute"] as const;
const DEFAULT_REASON = "no rule matched: default class";

type Predicate = (subject: RuleSubject) => boolean;

/**
 * Validates a rule set (typically parsed JSON from the database or an API input)
 * and prepares it for evaluation. Every problem is reported with its path,
 * the contract and the value received, e.g.
 * `rules[1].when.all[0].atLeast must be a number or decimal string, got "lots"`.
 */
export function compileRuleSet(input: unknown): CompiledRuleSet {
  // Compile a private frozen copy, so that later edits to the caller's object cannot alter the rules.
  const root = expectObject(deepFreeze(copyPlainData(input)), "rule set");
  const id = expectNonEmptyString(root.id, "id");
  const name = expectNonEmptyString(root.name, "name");
  const dimension = root.dimension;
  if (dimension !== "SALES_CLASS" && dimension !== "CORE_GRADE") {
    fail(`dimension must be "SALES_CLASS" or "CORE_GRADE", got ${show(dimension)}`);
  }
  const classes = CLASSES_BY_DIMENSION[dimension];
  const defaultClass = expectClass(root.defaultClass, "defaultClass", classes);
  if (!Array.isArray(root.rules)) fail(`rules must be an array, got ${show(root.rules)}`);

  const seenIds = new Set<string>();
  const compiled = root.rules.map((rawRule: unknown, index: number) => {
    const path = `rules[${index}]`;
    const rule = expectObject(rawRule, path);
    const ruleId = expectNonEmptyString(rule.id, `${path}.id`);
    if (seenIds.has(ruleId)) fail(`${path}.id must be unique in the rule set, got ${show(ruleId)} twice`);
    seenIds.add(ruleId);
    return {
      rule: {
        id: ruleId,
        description: expectNonEmptyString(rule.description, `${path}.description`),
        assign: expectClass(rule.assign, `${path}.assign`, classes),
        when: rule.when as RuleCondition,
      },
      matches: compileCondition(rule.when, `${path}.when`),
    };
  });

  const definition: ClassificationRuleSet = Object.freeze({
    id,
    name,
    dimension,
    defaultClass,
    rules: Object.freeze(compiled.map((entry) => Object.freeze(entry.rule))),
  });
  return {
    definition,
    classify(subject) {
      for (const { rule, matches } of compiled) {
        if (matches(subject)) {
          return { customerKey: subject.customerKey, class: rule.assign, matchedRuleId: rule.id, reason: rule.description };
        }
      }
      return { customerKey: subject.customerKey, class: defaultClass, matchedRuleId: null, reason: DEFAULT_REASON };
    },
  };
}

function compileCondition(input: unknown, path: string): Predicate {
  const condition = expectObject(input, path);
  const kinds = CONDITION_KINDS.filter((kind) => kind in condition);
  if (kinds.length !== 1) {
    fail(`${path} must have exactly one of ${CONDITION_KINDS.join(", ")}, got keys ${show(Object.keys(condition))}`);
  }
  switch (kinds[0]) {
    case "always": {
      if (condition.always !== true) fail(`${path}.always must be true, got ${show(condition.always)}`);
      return () => true;
    }
    case "all":
    case "any": {
      const kind = kinds[0];
      const parts = condition[kind];
      if (!Array.isArray(parts) || parts.length === 0) fail(`${path}.${kind} must be a non-empty array of conditions, got ${show(parts)}`);
      const predicates = parts.map((part: unknown, index: number) => compileCondition(part, `${path}.${kind}[${index}]`));
      return kind === "all"
        ? (subject) => predicates.every((predicate) => predicate(subject))
        : (subject) => predicates.some((predicate) => predicate(subject));
    }
    case "not": {
      const inner = compileCondition(condition.not, `${path}.not`);
      return (subject) => !inner(subject);
    }
    default:
      return compileAttributeCondition(condition, path);
  }
}

function compileAttributeCondition(condition: Record<string, unknown>, path: string): Predicate {
  const attribute = condition.attribute;
  if (typeof attribute !== "string" || !(ATTRIBUTES as readonly string[]).includes(attribute)) {
    fail(`${path}.attribute must be one of ${ATTRIBUTES.join(", ")}, got ${show(attribute)}`);
  }
  if (attribute === "type" || attribute === "tier") {
    const values = expectStringList(condition.in, `${path}.in`);
    return (subject) => {
      const value = subject[attribute];
      return typeof value === "string" && values.includes(value);
    };
  }
  if (attribute === "tags") {
    const wanted = expectStringList(condition.includesAny, `${path}.includesAny`);
    return (subject) => (subject.tags ?? []).some((tag) => wanted.includes(tag));
  }
  if (attribute === "badCredit") {
    const expected = condition.is;
    if (typeof expected !== "boolean") fail(`${path}.is must be true or false, got ${show(expected)}`);
    return (subject) => typeof subject.badCredit === "boolean" && subject.badCredit === expected;
  }
  if (NUMERIC_ATTRIBUTES.includes(attribute)) return compileNumericCondition(attribute as NumericRuleAttribute, condition, path);
  throw new Error(`attribute ${attribute} has no evaluator`);
}

function compileNumericCondition(
  attribute: NumericRuleAttribute,
  condition: Record<string, unknown>,
  path: string,
): Predicate {
  const bounds = BOUNDS.filter((bound) => condition[bound] !== undefined).map((bound) => {
    const raw = condition[bound];
    if (typeof raw !== "number" && typeof raw !== "string") {
      fail(`${path}.${bound} must be a number or decimal string, got ${show(raw)}`);
    }
    return { bound, limit: parseRuleNumber(raw, `${path}.${bound}`) };
  });
  if (bounds.length === 0) fail(`${path} must set at least one of ${BOUNDS.join(", ")} for ${attribute}`);
  rejectEmptyRange(bounds, path);

  return (subject) => {
    const raw = subject[attribute];
    if (raw === null || raw === undefined) return false;
    const value = parseScaledDecimal(raw, `${attribute} of customer ${subject.customerKey}`);
    return bounds.every(({ bound, limit }) => {
      switch (bound) {
        case "atLeast":
          return value >= limit;
        case "above":
          return value > limit;
        case "atMost":
          return value <= limit;
        case "below":
          return value < limit;
      }
    });
  };
}

function rejectEmptyRange(bounds: ReadonlyArray<{ bound: (typeof BOUNDS)[number]; limit: bigint }>, path: string): void {
  for (const lower of bounds.filter(({ bound }) => bound === "atLeast" || bound === "above")) {
    for (const upper of bounds.filter(({ bound }) => bound === "atMost" || bound === "below")) {
      const inclusive = lower.bound === "atLeast" && upper.bound === "atMost";
      if (lower.limit > upper.limit || (lower.limit === upper.limit && !inclusive)) {
        fail(`${path} can never hold: ${lower.bound} ${formatScaledDecimal(lower.limit)} and ${upper.bound} ${formatScaledDecimal(upper.limit)}`);
      }
    }
  }
}

function parseRuleNumber(value: VolumeInput, path: string): bigint {
  try {
    return parseScaledDecimal(value, path);
  } catch (error) {
    if (error instanceof ClassificationValidationError) {
      fail(`${path} must be a number or decimal string, got ${show(value)}`);
    }
    throw error;
  }
}

function expectObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(`${path} must be an object, got ${show(value)}`);
  }
  return value as Record<string, unknown>;
}

function expectNonEmptyString(value: unknown, path: string): string {
  if (typeof value !== "string" || value.trim() === "") fail(`${path} must be a non-empty string, got ${show(value)}`);
  return value;
}

function expectStringList(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((item) => typeof item === "string" && item !== "")) {
    fail(`${path} must be a non-empty array of non-empty strings, got ${show(value)}`);
  }
  return value as string[];
}

function expectClass(value: unknown, path: string, classes: readonly string[]): string {
  if (typeof value !== "string" || !classes.includes(value)) {
    fail(`${path} must be one of ${classes.join(", ")} for this dimension, got ${show(value)}`);
  }
  return value;
}

function copyPlainData(input: unknown): unknown {
  try {
    return structuredClone(input);
  } catch {
    fail("rule set must be plain JSON data (objects, arrays, strings, numbers, booleans)");
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function fail(message: string): never {
  throw new ClassificationValidationError("INVALID_RULE_SET", message);
}

function show(value: unknown): string {
  if (value === undefined) return "undefined";
  return JSON.stringify(value) ?? String(value);
}
