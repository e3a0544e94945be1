import { describe, expect, it } from "vitest";
import { MANUFACTURER_RULE_SET } from "./rule-presets.ts";
import { compileRuleSet, type RuleSubject } from "./rules.ts";

const manufacturer = compileRuleSet(MANUFACTURER_RULE_SET);

function decide(subject: Omit<RuleSubject, "customerKey">): [string, string | null] {
  const result = manufacturer.classify({ customerKey: "M-1", ...subject });
  return [result.class, result.matchedRuleId];
}

describe("MANUFACTURER_RULE_SET (DOMAIN.md §2)", () => {
  it("survives a JSON round trip, as it is stored", () => {
    expect(compileRuleSet(JSON.parse(JSON.stringify(MANUFACTURER_RULE_SET))).definition).toEqual(MANUFACTURER_RULE_SET);
  });

  it("makes a joint venture class A", () => {
    expect(decide({ type: "DEALER", tags: ["joint-venture"] })).toEqual(["A", "a-joint-venture-or-subsidiary"]);
  });

  it("makes a first-tier agent buying 5,000 t a month with clean credit class A", () => {
    expect(decide({ tier: "FIRST_TIER", monthlyVolume: "5000.00", badCredit: false, yearsCooperating: 1 })).toEqual([
      "A",
      "a-first-tier-agent-5000t",
    ]);
  });

  it("makes a first-tier agent with bad credit class B however much it buys", () => {
    expect(decide({ tier: "FIRST_TIER", monthlyVolume: 9000, badCredit: true, yearsCooperating: 6 })).toEqual([
      "B",
      "b-buying-channel",
    ]);
  });

  it("makes an agent cooperating for 3 years with clean credit class A", () => {
    expect(decide({ tier: "SECOND_TIER", monthlyVolume: 200, badCredit: false, yearsCooperating: 3 })).toEqual([
      "A",
      "a-agent-three-years",
    ]);
  });

  it("does not take an agent with unknown credit for one with clean credit", () => {
    expect(decide({ tier: "SECOND_TIER", monthlyVolume: 200, badCredit: null, yearsCooperating: 8, ourShareOfPurchases: "0.3" })).toEqual([
      "B",
      "b-buying-channel",
    ]);
  });

  it("makes a second-tier agent for whom we are half of purchases class A", () => {
    expect(decide({ tier: "SECOND_TIER", monthlyVolume: 80, badCredit: true, yearsCooperating: 1, ourShareOfPurchases: "0.5" })).toEqual([
      "A",
      "a-second-tier-agent-half-of-purchases",
    ]);
  });

  it("makes a strategic partner class A", () => {
    expect(decide({ tags: ["strategic-partner"] })).toEqual(["A", "a-strategic-partner"]);
  });

  it("makes an influential specifier that buys nothing class B", () => {
    expect(decide({ monthlyVolume: 0, tags: ["influential-specifier"] })).toEqual(["B", "b-influential-specifier"]);
  });

  it("makes another brand's retailer that buys nothing from us class C", () => {
    expect(decide({ type: "RETAIL", monthlyVolume: 0 })).toEqual(["C", "c-potential"]);
  });
});
