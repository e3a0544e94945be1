import type { CustomerInput, DayLimitsInput, VisitCycleInput } from "../problem/visit-cycle-input.ts";

/** The header numbers of a Cordeau-format instance, next to the solver input built from it. */
export interface CordeauInstance {
  readonly vehiclesPerDay: number;
  readonly customerCount: number;
  readonly dayCount: number;
  readonly input: VisitCycleInput;
}

/**
 * Reads a periodic VRP instance in the format of Cordeau, Gendreau & Laporte
 * (1997). A combination integer c holds day k (1-based) when bit t−k is set:
 * the leftmost of t binary digits is day 1. The combination list is
 * authoritative; the declared frequency is not used (p11 has a customer with
 * f = 0 and five single-day combinations).
 */
export function parseCordeauInstance(text: string): CordeauInstance {
  const lines = text.split("\n").map((line) => line.trim()).filter((line) => line.length > 0);
  const numbers = (lineIndex: number): number[] => {
    const line = lines[lineIndex];
    if (line === undefined) throw new SyntaxError(`instance ends early: line ${lineIndex + 1} is missing`);
    return line.split(/\s+/).map((token) => {
      const value = Number(token);
      if (!Number.isFinite(value)) throw new SyntaxError(`line ${lineIndex + 1} must hold numbers, got "${token}"`);
      return value;
    });
  };
  const [type, vehiclesPerDay, customerCount, dayCount] = numbers(0) as [number, number, number, number];
  if (type !== 1) throw new SyntaxError(`only problem type 1 (periodic VRP) is supported, got type ${type}`);
  const dayLimits: DayLimitsInput[] = [];
  for (let day = 0; day < dayCount; day++) {
    const [durationLimit, capacity] = numbers(1 + day) as [number, number];
    dayLimits.push({ vehicles: vehiclesPerDay, routeDurationLimit: durationLimit, capacity: capacity > 0 ? capacity : undefined });
  }
  const nodeLine = (node: number) => {
    const fields = numbers(1 + dayCount + node);
    if (fields[0] !== node) throw new SyntaxError(`node lines must be in order: expected node ${node}, got ${fields[0]}`);
    return fields;
  };
  const depotFields = nodeLine(0);
  const customers: CustomerInput[] = [];
  for (let node = 1; node <= customerCount; node++) {
    const [, x, y, serviceMinutes, demand, , combinationCount, ...combinations] = nodeLine(node) as number[];
    if (combinations.length !== combinationCount) {
      throw new SyntaxError(`customer ${node} declares ${combinationCount} combinations but lists ${combinations.length}`);
    }
    customers.push({
      id: String(node),
      location: { x: x as number, y: y as number },
      serviceMinutes,
      demand,
      allowedDayCombinations: combinations.map((combination) => combinationDays(combination, dayCount)),
    });
  }
  return {
    vehiclesPerDay,
    customerCount,
    dayCount,
    input: {
      cycleDays: dayCount,
      dayLimits,
      depot: { x: depotFields[1] as number, y: depotFields[2] as number },
      customers,
      travel: { kind: "euclidean" },
    },
  };
}

/** The 0-based days of a Cordeau combination integer over `dayCount` days. */
export function combinationDays(combination: number, dayCount: number): number[] {
  const days: number[] = [];
  for (let day = 1; day <= dayCount; day++) if ((combination >> (dayCount - day)) & 1) days.push(day - 1);
  return days;
}

/** One route of a solution: its 1-based day and its customers by node number. */
export interface NumberedRoute {
  readonly day: number;
  readonly customers: readonly number[];
}

/** Reads a `.res` solution file: total cost, then `day vehicle duration load 0 c1 … ck 0` per route. */
export function parseCordeauSolution(text: string): { readonly cost: number; readonly routes: NumberedRoute[] } {
  const lines = text.split("\n").map((line) => line.trim()).filter((line) => line.length > 0);
  const cost = Number(lines[0]);
  if (!Number.isFinite(cost)) throw new SyntaxError(`first line must be the total cost, got "${lines[0]}"`);
  const routes: NumberedRoute[] = [];
  for (const line of lines.slice(1)) {
    const fields = line.split(/\s+/).map(Number);
    const customers = fields.slice(4).filter((node) => node !== 0);
    if (customers.length > 0) routes.push({ day: fields[0] as number, customers });
  }
  return { cost, routes };
}
