import type { ClassificationRuleSet } from "./rules.ts";

/**
 * DOMAIN.md §2's manufacturer example as a rule set. It expects these archive
 * values: agents are customers with tier "FIRST_TIER" or "SECOND_TIER"; monthly
 * volume is in tonnes; the tags "joint-venture", "subsidiary", "key-end-customer",
 * "strategic-partner", "regional-key-end-user" and "influential-specifier" mark
 * the special cases. Other brands' agents and retailers, project owners, end users
 * and prospects buy nothing from us and fall through to C.
 */
export const MANUFACTURER_RULE_SET: ClassificationRuleSet = {
  id: "manufacturer-example",
  name: "Manufacturer example (DOMAIN.md §2)",
  dimension: "SALES_CLASS",
  defaultClass: "C",
  rules: [
    {
      id: "a-joint-venture-or-subsidiary",
      description: "A: joint ventures and subsidiaries",
      assign: "A",
      when: { attribute: "tags", includesAny: ["joint-venture", "subsidiary"] },
    },
    {
      id: "a-first-tier-agent-5000t",
      description: "A: first-tier agent buying at least 5,000 t a month with no bad credit",
      assign: "A",
      when: {
        all: [
          { attribute: "tier", in: ["FIRST_TIER"] },
          { attribute: "monthlyVolume", atLeast: 5000 },
          { attribute: "badCredit", is: false },
        ],
      },
    },
    {
      id: "a-agent-three-years",
      description: "A: agent cooperating for at least 3 years with no bad credit",
      assign: "A",
      when: {
        all: [
          { attribute: "tier", in: ["FIRST_TIER", "SECOND_TIER"] },
          { attribute: "yearsCooperating", atLeast: 3 },
          { attribute: "badCredit", is: false },
        ],
      },
    },
    {
      id: "a-second-tier-agent-half-of-purchases",
      description: "A: second-tier agent for whom we are at least 50% of purchases",
      assign: "A",
      when: {
        all: [
          { attribute: "tier", in: ["SECOND_TIER"] },
          { attribute: "ourShareOfPurchases", atLeast: "0.5" },
        ],
      },
    },
    {
      id: "a-key-end-customer",
      description: "A: key end customer",
      assign: "A",
      when: { attribute: "tags", includesAny: ["key-end-customer"] },
    },
    {
      id: "a-strategic-partner",
      description: "A: strategic partner",
      assign: "A",
      when: { attribute: "tags", includesAny: ["strategic-partner"] },
    },
    {
      id: "b-buying-channel",
      description: "B: other agents, dealers and retailers buying from us",
      assign: "B",
      when: { attribute: "monthlyVolume", above: 0 },
    },
    {
      id: "b-regional-key-end-user",
      description: "B: key end user of a region",
      assign: "B",
      when: { attribute: "tags", includesAny: ["regional-key-end-user"] },
    },
    {
      id: "b-influential-specifier",
      description: "B: influential specifier",
      assign: "B",
      when: { attribute: "tags", includesAny: ["influential-specifier"] },
    },
    {
      id: "c-potential",
      description: "C: other brands' agents and retailers, project owners, end users and other prospects",
      assign: "C",
      when: { always: true },
    },
  ],
};
