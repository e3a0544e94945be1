import { ClassificationValidationError, CUSTOMER_CLASSES, isCustomerClass, type CustomerClass } from "./types.ts";

/** How a customer is contacted (DOMAIN.md §3). */
export type VisitKind = "ON_SITE" | "PHONE";

/** Who makes the contact. */
export type VisitorRole = "REP" | "MANAGER";

/** One kind of contact a class gets in every cycle. */
export interface VisitRequirement {
  readonly kind: VisitKind;
  readonly visitor: VisitorRole;
  /** Contacts per cycle: 1..cycle days, at most one a day. */
  readonly visitsPerCycle: number;
  /** Planned time per contact, minutes: 1..480. */
  readonly minutesPerVisit: number;
}

/** The planning cycle: N weeks of working days (DOMAIN.md §4). */
export interface VisitCycle {
  /** 1..8 weeks. */
  readonly weeks: number;
  /** 1..7 working days a week (Mon–Sat is 6). */
  readonly workingDaysPerWeek: number;
}

/** A visit standard as configured: a cycle and, per class, its contacts. */
export interface VisitStandardInput {
  readonly name: string;
  readonly cycle: VisitCycle;
  /** Classes A, B and C are required, D is optional; an empty list means "no planned contact". */
  readonly requirements: Readonly<Partial<Record<CustomerClass, readonly VisitRequirement[]>>>;
}

/** A validated, frozen visit standard. */
export interface VisitStandard extends VisitStandardInput {
  /** weeks × workingDaysPerWeek. */
  readonly cycleDays: number;
}

const VISIT_KINDS: readonly VisitKind[] = ["ON_SITE", "PHONE"];
const VISITOR_ROLES: readonly VisitorRole[] = ["REP", "MANAGER"];
const REQUIRED_CLASSES: readonly CustomerClass[] = ["A", "B", "C"];
const MAXIMUM_CYCLE_WEEKS = 8;
const MINUTES_IN_A_WORKING_DAY = 480;

/**
 * Validates a visit standard (from configuration JSON or code) and returns a
 * frozen copy. Messages state the contract and the value received, e.g.
 * "visitsPerCycle must be an integer 1..12 (cycle days), got 13 for class A ON_SITE by REP".
 */
export function createVisitStandard(input: unknown): VisitStandard {
  const root = expectObject(input, "visit standard");
  if (typeof root.name !== "string" || root.name.trim() === "") {
    fail(`name must be a non-empty string, got ${show(root.name)}`);
  }
  const cycleInput = expectObject(root.cycle, "cycle");
  const weeks = expectInteger(cycleInput.weeks, 1, MAXIMUM_CYCLE_WEEKS, "cycle.weeks");
  const workingDaysPerWeek = expectInteger(cycleInput.workingDaysPerWeek, 1, 7, "cycle.workingDaysPerWeek");
  const cycleDays = weeks * workingDaysPerWeek;

  const requirementsInput = expectObject(root.requirements, "requirements");
  for (const key of Object.keys(requirementsInput)) {
    if (!isCustomerClass(key)) fail(`requirements may only have classes ${CUSTOMER_CLASSES.join(", ")}, got ${show(key)}`);
  }
  const requirements: Partial<Record<CustomerClass, readonly VisitRequirement[]>> = {};
  for (const customerClass of CUSTOMER_CLASSES) {
    const list = requirementsInput[customerClass];
    if (list === undefined) {
      if (REQUIRED_CLASSES.includes(customerClass)) fail(`requirements must cover classes A, B and C, got no entry for ${customerClass}`);
      continue;
    }
    if (!Array.isArray(list)) fail(`requirements.${customerClass} must be an array, got ${show(list)}`);
    requirements[customerClass] = Object.freeze(
      list.map((item: unknown) => validateRequirement(item, customerClass, cycleDays)),
    );
    rejectDuplicateContacts(requirements[customerClass] ?? [], customerClass);
  }

  return Object.freeze({
    name: root.name,
    cycle: Object.freeze({ weeks, workingDaysPerWeek }),
    cycleDays,
    requirements: Object.freeze(requirements),
  });
}

/** The contacts a class gets per cycle; throws when the standard does not cover the class (e.g. D). */
export function requirementsFor(standard: VisitStandard, customerClass: CustomerClass): readonly VisitRequirement[] {
  const list = standard.requirements[customerClass];
  if (list === undefined) {
    throw new ClassificationValidationError(
      "INVALID_VISIT_STANDARD",
      `visit standard "${standard.name}" has no requirements for class ${customerClass}`,
    );
  }
  return list;
}

/** How often the rep visits a customer of this class on site per cycle: the frequency the route solver plans. */
export function repOnSiteVisitsPerCycle(standard: VisitStandard, customerClass: CustomerClass): number {
  const requirement = requirementsFor(standard, customerClass).find(
    (item) => item.kind === "ON_SITE" && item.visitor === "REP",
  );
  return requirement?.visitsPerCycle ?? 0;
}

/**
 * DOMAIN.md §3 worked example B: a two-week cycle of Mon–Sat; A every working day
 * (12 visits), B twice a week (4), C once every two weeks (1), all on site by the
 * rep. The brief gives no times; 30/25/20 minutes are this preset's assumption
 * and keep the example's 7–9 visits a day within a working day.
 */
export const WORKED_EXAMPLE_B_VISIT_STANDARD: VisitStandard = createVisitStandard({
  name: "Worked example B: A daily, B twice a week, C fortnightly",
  cycle: { weeks: 2, workingDaysPerWeek: 6 },
  requirements: {
    A: [{ kind: "ON_SITE", visitor: "REP", visitsPerCycle: 12, minutesPerVisit: 30 }],
    B: [{ kind: "ON_SITE", visitor: "REP", visitsPerCycle: 4, minutesPerVisit: 25 }],
    C: [{ kind: "ON_SITE", visitor: "REP", visitsPerCycle: 1, minutesPerVisit: 20 }],
  },
});

/**
 * Another practice from DOMAIN.md §3 over a four-week cycle: A on site weekly;
 * B on site monthly plus a monthly call; C a monthly call. Times are assumptions.
 */
export const MONTHLY_CYCLE_VISIT_STANDARD: VisitStandard = createVisitStandard({
  name: "A weekly, B monthly plus a call, C a monthly call",
  cycle: { weeks: 4, workingDaysPerWeek: 6 },
  requirements: {
    A: [{ kind: "ON_SITE", visitor: "REP", visitsPerCycle: 4, minutesPerVisit: 30 }],
    B: [
      { kind: "ON_SITE", visitor: "REP", visitsPerCycle: 1, minutesPerVisit: 25 },
      { kind: "PHONE", visitor: "REP", visitsPerCycle: 1, minutesPerVisit: 10 },
    ],
    C: [{ kind: "PHONE", visitor: "REP", visitsPerCycle: 1, minutesPerVisit: 10 }],
  },
});

function validateRequirement(input: unknown, customerClass: CustomerClass, cycleDays: number): VisitRequirement {
  const item = expectObject(input, `requirements.${customerClass}[]`);
  const kind = item.kind;
  const visitor = item.visitor;
  if (typeof kind !== "string" || !(VISIT_KINDS as readonly string[]).includes(kind)) {
    fail(`kind must be ON_SITE or PHONE, got ${show(kind)} for class ${customerClass}`);
  }
  if (typeof visitor !== "string" || !(VISITOR_ROLES as readonly string[]).includes(visitor)) {
    fail(`visitor must be REP or MANAGER, got ${show(visitor)} for class ${customerClass} ${kind}`);
  }
  const where = `for class ${customerClass} ${kind} by ${visitor}`;
  const visitsPerCycle = item.visitsPerCycle;
  if (typeof visitsPerCycle !== "number" || !Number.isInteger(visitsPerCycle) || visitsPerCycle < 1 || visitsPerCycle > cycleDays) {
    fail(`visitsPerCycle must be an integer 1..${cycleDays} (cycle days), got ${show(visitsPerCycle)} ${where}`);
  }
  const minutesPerVisit = item.minutesPerVisit;
  if (
    typeof minutesPerVisit !== "number" ||
    !Number.isInteger(minutesPerVisit) ||
    minutesPerVisit < 1 ||
    minutesPerVisit > MINUTES_IN_A_WORKING_DAY
  ) {
    fail(`minutesPerVisit must be an integer 1..${MINUTES_IN_A_WORKING_DAY}, got ${show(minutesPerVisit)} ${where}`);
  }
  return Object.freeze({ kind: kind as VisitKind, visitor: visitor as VisitorRole, visitsPerCycle, minutesPerVisit });
}

function rejectDuplicateContacts(list: readonly VisitRequirement[], customerClass: CustomerClass): void {
  const seen = new Set<string>();
  for (const requirement of list) {
    const key = `${requirement.kind} by ${requirement.visitor}`;
    if (seen.has(key)) fail(`class ${customerClass} may list ${key} once, got it twice`);
    seen.add(key);
  }
}

function expectObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(`${path} must be an object, got ${show(value)}`);
  return value as Record<string, unknown>;
}

function expectInteger(value: unknown, minimum: number, maximum: number, path: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < minimum || value > maximum) {
    fail(`${path} must be an integer ${minimum}..${maximum}, got ${show(value)}`);
  }
  return value;
}

function fail(message: string): never {
  throw new ClassificationValidationError("INVALID_VISIT_STANDARD", message);
}

function show(value: unknown): string {
  return value === undefined ? "undefined" : (JSON.stringify(value) ?? String(value));
}
