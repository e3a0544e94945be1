import type { CustomerInput, VisitCycleInput } from "../scheduling/problem/visit-cycle-input.ts";
import { routeDurationLimitFromWorkingDay } from "../scheduling/problem/visit-cycle-input.ts";

/** Visits per two-week cycle and minutes per visit of each class in worked example B (DOMAIN.md §4). */
export const exampleBClasses = {
  A: { frequency: 12, serviceMinutes: 25 },
  B: { frequency: 4, serviceMinutes: 20 },
  C: { frequency: 1, serviceMinutes: 15 },
} as const;

/** Class of customer 1–20 in worked example B: 1–5 A, 6–10 B, 11–20 C/D. */
export function exampleBClass(customerNumber: number): keyof typeof exampleBClasses {
  return customerNumber <= 5 ? "A" : customerNumber <= 10 ? "B" : "C";
}

/**
 * Worked example B of the domain brief: one rep, two weeks of Monday–
 * Saturday (12 days), 20 customers in four groups around the office
 * (T1 = 1–5, T2 = 6–10, T3 = 11–15, T4 = 16–20). Planar coordinates are in
 * travel minutes. The working day is 9 hours less a 1-hour break and 1 hour
 * of reports unless `workingMinutes` says otherwise.
 */
export function workedExampleB(workingMinutes = 540): VisitCycleInput {
  const groupCentres = [
    { x: 12, y: 2 },
    { x: -3, y: 14 },
    { x: -15, y: -2 },
    { x: 2, y: -16 },
  ];
  const customers: CustomerInput[] = [];
  for (let number = 1; number <= 20; number++) {
    const group = groupCentres[Math.floor((number - 1) / 5)] as { x: number; y: number };
    const offset = (number - 1) % 5;
    const visitClass = exampleBClasses[exampleBClass(number)];
    customers.push({
      id: String(number),
      location: { x: group.x + 3 * Math.cos(offset * 1.3), y: group.y + 3 * Math.sin(offset * 1.3) },
      serviceMinutes: visitClass.serviceMinutes,
      frequency: visitClass.frequency,
    });
  }
  return {
    cycleDays: 12,
    dayLimits: { vehicles: 1, routeDurationLimit: routeDurationLimitFromWorkingDay({ workingMinutes, breakMinutes: 60, nonCustomerMinutes: 60 }) },
    depot: { x: 0, y: 0 },
    customers,
    travel: { kind: "euclidean" },
  };
}
