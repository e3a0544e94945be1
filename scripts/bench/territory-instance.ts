import { createRandom, routeDurationLimitFromWorkingDay } from "@beatplan/domain";
import type { CustomerInput, VisitCycleInput } from "@beatplan/domain";

/** Visits per two-week cycle and minutes per visit, by customer class. */
const classes = [
  { name: "A", share: 0.1, frequency: 4, serviceMinutes: 20 },
  { name: "B", share: 0.3, frequency: 2, serviceMinutes: 15 },
  { name: "C", share: 0.6, frequency: 1, serviceMinutes: 10 },
] as const;

/**
 * A rep territory with real-looking coordinates: `customerCount` stores in
 * six districts within ~8 km of an office in central Shanghai, classes A
 * (twice a week), B (weekly) and C (once per cycle), one rep over two weeks
 * of Monday–Saturday, a 9-hour day with an hour's lunch and half an hour of
 * reports, travel = haversine × 1.35 road factor at 22 km/h.
 */
export function territoryInstance(customerCount: number, seed: number): VisitCycleInput {
  const random = createRandom(seed);
  const office = { lat: 31.2304, lng: 121.4737 };
  const districts = Array.from({ length: 6 }, () => ({
    lat: office.lat + (random.nextFloat() - 0.5) * 0.12,
    lng: office.lng + (random.nextFloat() - 0.5) * 0.14,
  }));
  const customers: CustomerInput[] = [];
  for (let index = 0; index < customerCount; index++) {
    const district = districts[random.nextInt(districts.length)] as { lat: number; lng: number };
    const draw = random.nextFloat();
    const visitClass = draw < classes[0].share ? classes[0] : draw < classes[0].share + classes[1].share ? classes[1] : classes[2];
    customers.push({
      id: `${visitClass.name}-${String(index + 1).padStart(3, "0")}`,
      location: { lat: district.lat + (random.nextFloat() - 0.5) * 0.03, lng: district.lng + (random.nextFloat() - 0.5) * 0.035 },
      serviceMinutes: visitClass.serviceMinutes,
      frequency: visitClass.frequency,
    });
  }
  return {
    cycleDays: 12,
    dayLimits: { vehicles: 1, routeDurationLimit: routeDurationLimitFromWorkingDay({ workingMinutes: 540, breakMinutes: 60, nonCustomerMinutes: 30 }) },
    depot: office,
    customers,
    travel: { kind: "haversine", roadFactor: 1.35, speedKmPerHour: 22 },
  };
}
