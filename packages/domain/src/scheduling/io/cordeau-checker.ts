import type { NumberedRoute } from "./cordeau-instance.ts";

/** What the independent checker found. */
export interface CheckReport {
  readonly feasible: boolean;
  /** Total Euclidean travel recomputed from the coordinates. */
  readonly cost: number;
  /** One sentence per broken rule; empty when feasible. */
  readonly violations: readonly string[];
}

const tolerance = 1e-6;

/**
 * Checks a solution against a Cordeau-format instance with its own reading of
 * the file, sharing no code with the solver: visit patterns, fleet per day,
 * capacity, duration (travel + service ≤ D when D > 0) and the total travel,
 * recomputed from the coordinates.
 */
export function checkCordeauSolution(instanceText: string, routes: readonly NumberedRoute[]): CheckReport {
  const rows = instanceText
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter((row) => row.length > 0 && !Number.isNaN(row[0]));
  const header = rows[0] ?? [];
  const vehicles = header[1] ?? 0;
  const customerCount = header[2] ?? 0;
  const days = header[3] ?? 0;
  const durationLimit: number[] = [];
  const capacity: number[] = [];
  for (let day = 1; day <= days; day++) {
    durationLimit[day] = rows[day]?.[0] ?? 0;
    capacity[day] = rows[day]?.[1] ?? 0;
  }
  const x: number[] = [];
  const y: number[] = [];
  const service: number[] = [];
  const demand: number[] = [];
  const combinations: number[][] = [];
  for (let node = 0; node <= customerCount; node++) {
    const row = rows[1 + days + node] ?? [];
    x[node] = row[1] ?? NaN;
    y[node] = row[2] ?? NaN;
    service[node] = row[3] ?? 0;
    demand[node] = row[4] ?? 0;
    combinations[node] = row.slice(7);
  }
  const distance = (from: number, to: number): number => Math.sqrt(((x[from] as number) - (x[to] as number)) ** 2 + ((y[from] as number) - (y[to] as number)) ** 2);

  const violations: string[] = [];
  const visitedDays: number[][] = Array.from({ length: customerCount + 1 }, () => []);
  const routesPerDay = new Array<number>(days + 1).fill(0);
  let cost = 0;
  routes.forEach((route, index) => {
    const label = `route ${index + 1} (day ${route.day})`;
    if (!Number.isInteger(route.day) || route.day < 1 || route.day > days) {
      violations.push(`${label} has a day outside 1..${days}`);
      return;
    }
    if (route.customers.length === 0) return;
    routesPerDay[route.day] = (routesPerDay[route.day] as number) + 1;
    let load = 0;
    let serviceTime = 0;
    let travel = 0;
    let previous = 0;
    for (const customer of route.customers) {
      if (!Number.isInteger(customer) || customer < 1 || customer > customerCount) {
        violations.push(`${label} visits unknown customer ${customer}`);
        return;
      }
      (visitedDays[customer] as number[]).push(route.day);
      load += demand[customer] as number;
      serviceTime += service[customer] as number;
      travel += distance(previous, customer);
      previous = customer;
    }
    travel += distance(previous, 0);
    cost += travel;
    if (load > (capacity[route.day] as number) + tolerance) violations.push(`${label} carries ${load}, above capacity ${capacity[route.day]}`);
    const limit = durationLimit[route.day] as number;
    if (limit > 0 && travel + serviceTime > limit + tolerance) {
      violations.push(`${label} lasts ${(travel + serviceTime).toFixed(3)}, above the duration limit ${limit}`);
    }
  });
  for (let day = 1; day <= days; day++) {
    if ((routesPerDay[day] as number) > vehicles) violations.push(`day ${day} uses ${routesPerDay[day]} routes, above the fleet of ${vehicles}`);
  }
  for (let customer = 1; customer <= customerCount; customer++) {
    const visited = visitedDays[customer] as number[];
    const distinct = new Set(visited);
    if (distinct.size !== visited.length) {
      violations.push(`customer ${customer} is visited more than once on a day`);
      continue;
    }
    let code = 0;
    for (const day of distinct) code += 2 ** (days - day);
    if (!(combinations[customer] as number[]).includes(code)) {
      violations.push(`customer ${customer} is visited on days [${[...distinct].sort((a, b) => a - b).join(", ")}], not an allowed combination`);
    }
  }
  return { feasible: violations.length === 0, cost, violations };
}
