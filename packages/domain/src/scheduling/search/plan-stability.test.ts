import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { VisitCycleInput } from "../problem/visit-cycle-input.ts";
import { workedExampleB } from "../../testing/worked-example-b.ts";
import { solve } from "./solve.ts";

function steppingClock(): () => number {
  let now = 0;
  return () => now++;
}

function plan(input: VisitCycleInput, seed: number) {
  return solve(createVisitCycleProblem(input), { random: createRandom(seed), clock: steppingClock(), stop: { maxIterations: 150 } }).plan;
}

describe("stability against a previous plan", () => {
  const base = workedExampleB();
  const previous = plan(base, 1);
  // A re-plan after a new class-B customer joins, solved from another seed.
  const withNewCustomer = (dayChangePenalty: number): VisitCycleInput => ({
    ...base,
    customers: [
      ...base.customers.map((customer) => ({ ...customer, previousDays: previous.customerDays.get(customer.id) })),
      { id: "21", location: { x: 5, y: 5 }, serviceMinutes: 20, frequency: 4 },
    ],
    objective: { dayChangePenalty },
  });
  const changedCustomers = (input: VisitCycleInput): number => {
    const next = plan(input, 2);
    return base.customers.filter((customer) => String(next.customerDays.get(customer.id)) !== String(previous.customerDays.get(customer.id))).length;
  };

  // Whether a free re-plan happens to move anyone depends on the seed (days
  // are interchangeable); what must hold is that the previous days then
  // play no part at all.
  it("plans as if there were no previous plan when changing days is free", () => {
    const free = withNewCustomer(0);
    const withoutPrevious: VisitCycleInput = { ...free, customers: free.customers.map(({ previousDays: _, ...customer }) => customer) };
    expect(plan(free, 2).customerDays).toEqual(plan(withoutPrevious, 2).customerDays);
  });

  it("keeps every existing customer on its previous days when changing days costs more than it saves", () => {
    expect(changedCustomers(withNewCustomer(1000))).toBe(0);
  });
});
