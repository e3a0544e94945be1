import { describe, expect, it } from "vitest";
import { compileRuleSet, type ClassificationRuleSet, type RuleCondition } from "./rules.ts";

function ruleSet(rules: ClassificationRuleSet["rules"], overrides: Partial<ClassificationRuleSet> = {}): ClassificationRuleSet {
  return { id: "test", name: "Test rules", dimension: "SALES_CLASS", defaultClass: "C", rules, ...overrides };
}

function single(when: RuleCondition): ClassificationRuleSet {
  return ruleSet([{ id: "match", description: "matches", assign: "A", when }]);
}

describe("compileRuleSet evaluation", () => {
  it("lets the first matching rule decide and names it", () => {
    const rules = compileRuleSet(
      ruleSet([
        { id: "big", description: "big buyers", assign: "A", when: { attribute: "monthlyVolume", atLeast: 100 } },
        { id: "dealers", description: "dealers", assign: "B", when: { attribute: "type", in: ["DEALER"] } },
      ]),
    );
    expect(rules.classify({ customerKey: "C-1", type: "DEALER", monthlyVolume: "150.00" })).toEqual({
      customerKey: "C-1",
      class: "A",
      matchedRuleId: "big",
      reason: "big buyers",
    });
  });

  it("falls back to the default class with no rule id when nothing matches", () => {
    const rules = compileRuleSet(single({ attribute: "type", in: ["DEALER"] }));
    expect(rules.classify({ customerKey: "C-2", type: "RETAIL" })).toEqual({
      customerKey: "C-2",
      class: "C",
      matchedRuleId: null,
      reason: "no rule matched: default class",
    });
  });

  it("compares decimal volumes exactly at a bound", () => {
    const rules = compileRuleSet(single({ attribute: "ourShareOfPurchases", atLeast: "0.5" }));
    expect(rules.classify({ customerKey: "x", ourShareOfPurchases: "0.5000" }).class).toBe("A");
    expect(rules.classify({ customerKey: "y", ourShareOfPurchases: "0.4999" }).class).toBe("C");
  });

  it("treats above as strict and atLeast as inclusive", () => {
    const rules = compileRuleSet(single({ attribute: "monthlyVolume", above: 0 }));
    expect(rules.classify({ customerKey: "none", monthlyVolume: 0 }).class).toBe("C");
    expect(rules.classify({ customerKey: "some", monthlyVolume: "0.01" }).class).toBe("A");
  });

  it("requires every bound of a numeric condition to hold", () => {
    const rules = compileRuleSet(single({ attribute: "yearsCooperating", atLeast: 3, below: 10 }));
    expect([2, 3, 9, 10].map((years) => rules.classify({ customerKey: "k", yearsCooperating: years }).class)).toEqual([
      "C",
      "A",
      "A",
      "C",
    ]);
  });

  it("treats a test of a missing attribute as false and its negation as true", () => {
    const missing = compileRuleSet(single({ attribute: "badCredit", is: false }));
    const negated = compileRuleSet(single({ not: { attribute: "badCredit", is: true } }));
    expect(missing.classify({ customerKey: "unknown", badCredit: null }).class).toBe("C");
    expect(negated.classify({ customerKey: "unknown", badCredit: null }).class).toBe("A");
  });

  it("combines conditions with all and any", () => {
    const rules = compileRuleSet(
      single({
        all: [
          { attribute: "tier", in: ["FIRST_TIER"] },
          { any: [{ attribute: "tags", includesAny: ["vip"] }, { attribute: "monthlyVolume", atLeast: 10 }] },
        ],
      }),
    );
    expect(rules.classify({ customerKey: "a", tier: "FIRST_TIER", tags: ["vip"] }).class).toBe("A");
    expect(rules.classify({ customerKey: "b", tier: "FIRST_TIER", monthlyVolume: 9 }).class).toBe("C");
    expect(rules.classify({ customerKey: "c", tier: "SECOND_TIER", tags: ["vip"] }).class).toBe("C");
  });

  it("round-trips through JSON unchanged", () => {
    const definition = single({ all: [{ attribute: "tags", includesAny: ["x"] }, { always: true }] });
    expect(compileRuleSet(JSON.parse(JSON.stringify(definition))).definition).toEqual(definition);
  });

  it("is not changed by later edits to the object it was compiled from", () => {
    const definition = { ...single({ attribute: "type", in: ["DEALER"] }) };
    const rules = compileRuleSet(definition);
    (definition.rules[0]?.when as unknown as { in: string[] }).in.push("RETAIL");
    expect(rules.classify({ customerKey: "r", type: "RETAIL" }).class).toBe("C");
  });

  it("classifies core-customer grades when the dimension is CORE_GRADE", () => {
    const rules = compileRuleSet(
      ruleSet([{ id: "target", description: "target core", assign: "A", when: { attribute: "tags", includesAny: ["target"] } }], {
        dimension: "CORE_GRADE",
      }),
    );
    expect(rules.classify({ customerKey: "t", tags: ["target"] }).class).toBe("A");
  });
});

describe("compileRuleSet validation", () => {
  it("rejects a rule id used twice", () => {
    const when = { always: true } as const;
    expect(() =>
      compileRuleSet(
        ruleSet([
          { id: "r", description: "one", assign: "A", when },
          { id: "r", description: "two", assign: "B", when },
        ]),
      ),
    ).toThrow('rules[1].id must be unique in the rule set, got "r" twice');
  });

  it("rejects an unknown attribute with its path", () => {
    expect(() => compileRuleSet(single({ attribute: "colour", in: ["red"] } as unknown as RuleCondition))).toThrow(
      'rules[0].when.attribute must be one of type, tier, monthlyVolume, yearsCooperating, badCredit, ourShareOfPurchases, tags, got "colour"',
    );
  });

  it("rejects a bound that is not a number with its path", () => {
    expect(() =>
      compileRuleSet(single({ all: [{ attribute: "monthlyVolume", atLeast: "lots" }] })),
    ).toThrow('rules[0].when.all[0].atLeast must be a number or decimal string, got "lots"');
  });

  it("rejects a numeric condition without bounds", () => {
    expect(() => compileRuleSet(single({ attribute: "monthlyVolume" }))).toThrow(
      "rules[0].when must set at least one of atLeast, above, atMost, below for monthlyVolume",
    );
  });

  it("rejects a numeric range that can never hold", () => {
    expect(() => compileRuleSet(single({ attribute: "yearsCooperating", atLeast: 5, below: 5 }))).toThrow(
      "rules[0].when can never hold: atLeast 5 and below 5",
    );
  });

  it("rejects a condition that mixes two kinds", () => {
    expect(() =>
      compileRuleSet(single({ always: true, not: { always: true } } as unknown as RuleCondition)),
    ).toThrow('rules[0].when must have exactly one of always, all, any, not, attribute, got keys ["always","not"]');
  });

  it("rejects an empty all", () => {
    expect(() => compileRuleSet(single({ all: [] }))).toThrow("rules[0].when.all must be a non-empty array of conditions, got []");
  });

  it("rejects class D in a core-grade rule set", () => {
    expect(() =>
      compileRuleSet(ruleSet([{ id: "d", description: "d", assign: "D", when: { always: true } }], { dimension: "CORE_GRADE" })),
    ).toThrow('rules[0].assign must be one of A, B, C for this dimension, got "D"');
  });

  it("rejects an unknown dimension", () => {
    expect(() => compileRuleSet({ ...ruleSet([]), dimension: "TEMPERAMENT" })).toThrow(
      'dimension must be "SALES_CLASS" or "CORE_GRADE", got "TEMPERAMENT"',
    );
  });

  it("rejects rules that are not an array", () => {
    expect(() => compileRuleSet({ ...ruleSet([]), rules: {} })).toThrow("rules must be an array, got {}");
  });
});
