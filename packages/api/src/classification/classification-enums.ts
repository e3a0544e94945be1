import { registerEnumType } from "type-graphql";

/** How a classification policy computes classes (DOMAIN.md §2). */
export enum ClassificationMethod {
  PARETO = "PARETO",
  THRESHOLD_AMOUNTS = "THRESHOLD_AMOUNTS",
  RULES = "RULES",
}

/** Where a class in the history came from: one of the methods, or a person's override. */
export enum ClassAssignmentSource {
  PARETO = "PARETO",
  THRESHOLD_AMOUNTS = "THRESHOLD_AMOUNTS",
  RULES = "RULES",
  MANUAL = "MANUAL",
}

/** The level a policy is configured at; a territory without its own policy inherits the next level up. */
export enum PolicyLevel {
  TERRITORY = "TERRITORY",
  REGION = "REGION",
  COMPANY = "COMPANY",
  BUILT_IN = "BUILT_IN",
}

/** How a customer is contacted (DOMAIN.md §3). */
export enum VisitKind {
  ON_SITE = "ON_SITE",
  PHONE = "PHONE",
}

/** Who makes the contact. */
export enum VisitorRole {
  REP = "REP",
  MANAGER = "MANAGER",
}

registerEnumType(ClassificationMethod, {
  name: "ClassificationMethod",
  description: "How classes are computed.",
  valuesConfig: {
    PARETO: { description: "Cumulative share of the scope's volume (e.g. A first 40%, B next 40%, C the rest)." },
    THRESHOLD_AMOUNTS: { description: "Average monthly volume cut at configured amounts." },
    RULES: { description: "An ordered rule set over archive attributes; the first matching rule decides." },
  },
});
registerEnumType(ClassAssignmentSource, {
  name: "ClassAssignmentSource",
  description: "Where a class assignment came from.",
  valuesConfig: {
    PARETO: { description: "Computed by the Pareto method." },
    THRESHOLD_AMOUNTS: { description: "Computed by the threshold-amount method." },
    RULES: { description: "Computed by a rule set." },
    MANUAL: { description: "Set by a person with a reason (manual override)." },
  },
});
registerEnumType(PolicyLevel, {
  name: "ClassificationPolicyLevel",
  description: "Where the effective policy of a territory is configured.",
  valuesConfig: {
    TERRITORY: { description: "The territory's own policy." },
    REGION: { description: "The default of the territory's region." },
    COMPANY: { description: "The company-wide default." },
    BUILT_IN: { description: "Nothing configured: Pareto 40/40/20 over 3 months with worked example B's visit standard." },
  },
});
registerEnumType(VisitKind, {
  name: "VisitKind",
  description: "How a customer is contacted.",
  valuesConfig: { ON_SITE: { description: "A visit at the customer's premises." }, PHONE: { description: "A phone call." } },
});
registerEnumType(VisitorRole, {
  name: "VisitorRole",
  description: "Who makes a planned contact.",
  valuesConfig: { REP: { description: "The customer's rep." }, MANAGER: { description: "The territory's manager." } },
});
