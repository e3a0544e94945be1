import { isCalendarDate } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Role } from "../org/role.ts";
import { User } from "../org/user.entity.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainError, DomainErrors } from "../shared/domain-error.ts";
import { parseGlobalId } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";
import { RepWorkProfile, type DaysOff } from "./rep-work-profile.entity.ts";
import type { RepWorkProfileView, SetRepWorkProfileInput, WorkLocationInput } from "./rep-work-profile.types.ts";

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MAX_LABEL = 200;

/** "HH:MM" → minutes after midnight ("24:00" is the end of the day); null when malformed. */
export function parseClockTime(value: string): number | null {
  if (value === "24:00") return 1440;
  const match = CLOCK_TIME.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Minutes after midnight → "HH:MM". */
export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function invalid(field: string[], reason: string, message: string, params: Record<string, string>): DomainError {
  return new DomainError("VALIDATION", message, field, { reason, params });
}

function checkLocation(location: WorkLocationInput, name: string, problems: DomainError[]): void {
  if (!(Number.isFinite(location.latitude) && location.latitude >= -90 && location.latitude <= 90)) {
    problems.push(invalid([name, "latitude"], "LATITUDE_OUT_OF_RANGE", `${name}.latitude must be between -90 and 90, got ${location.latitude}`, { value: String(location.latitude) }));
  }
  if (!(Number.isFinite(location.longitude) && location.longitude >= -180 && location.longitude <= 180)) {
    problems.push(invalid([name, "longitude"], "LONGITUDE_OUT_OF_RANGE", `${name}.longitude must be between -180 and 180, got ${location.longitude}`, { value: String(location.longitude) }));
  }
  if ((location.label ?? "").length > MAX_LABEL) {
    problems.push(invalid([name, "label"], "LABEL_TOO_LONG", `${name}.label must be at most ${MAX_LABEL} characters, got ${(location.label ?? "").length}`, { value: String((location.label ?? "").length) }));
  }
}

function checkDaysOff(daysOff: readonly { from: string; to: string }[], problems: DomainError[]): DaysOff[] {
  const ranges: DaysOff[] = [];
  daysOff.forEach((range, index) => {
    const field = ["daysOff", String(index)];
    if (!isCalendarDate(range.from) || !isCalendarDate(range.to)) {
      problems.push(invalid(field, "DAYS_OFF_BAD_DATE", `daysOff[${index}] must be two dates YYYY-MM-DD, got ${range.from} – ${range.to}`, { from: range.from, to: range.to }));
    } else if (range.to < range.from) {
      problems.push(invalid(field, "DAYS_OFF_END_BEFORE_START", `daysOff[${index}] must end on or after its first day, got ${range.from} – ${range.to}`, { from: range.from, to: range.to }));
    } else {
      ranges.push({ from: range.from, to: range.to });
    }
  });
  ranges.sort((a, b) => a.from.localeCompare(b.from));
  for (let index = 1; index < ranges.length; index++) {
    const previous = ranges[index - 1] as DaysOff;
    const current = ranges[index] as DaysOff;
    if (current.from <= previous.to) {
      problems.push(
        invalid(["daysOff"], "DAYS_OFF_OVERLAP", `days off may not overlap, got ${previous.from} – ${previous.to} and ${current.from} – ${current.to}`, {
          first: `${previous.from} – ${previous.to}`,
          second: `${current.from} – ${current.to}`,
        }),
      );
    }
  }
  return ranges;
}

/** The profile's values after checking every rule at once. @throws DomainErrors naming each broken rule and its value. */
function validProfile(input: SetRepWorkProfileInput) {
  const problems: DomainError[] = [];
  checkLocation(input.startLocation, "startLocation", problems);
  if (input.endLocation) checkLocation(input.endLocation, "endLocation", problems);
  const weekdays = [...new Set(input.workingWeekdays)].sort((a, b) => a - b);
  const badWeekday = weekdays.find((day) => !Number.isInteger(day) || day < 1 || day > 7);
  if (weekdays.length === 0) problems.push(invalid(["workingWeekdays"], "NO_WORKING_WEEKDAYS", "workingWeekdays must name at least one weekday, got none", {}));
  else if (badWeekday !== undefined) problems.push(invalid(["workingWeekdays"], "WEEKDAY_OUT_OF_RANGE", `workingWeekdays must be ISO weekdays 1 (Monday) to 7 (Sunday), got ${badWeekday}`, { value: String(badWeekday) }));
  const start = parseClockTime(input.dayStart);
  const end = parseClockTime(input.dayEnd);
  if (start === null || start === 1440) problems.push(invalid(["dayStart"], "BAD_CLOCK_TIME", `dayStart must be a time HH:MM from 00:00 to 23:59, got ${input.dayStart}`, { value: input.dayStart }));
  if (end === null) problems.push(invalid(["dayEnd"], "BAD_CLOCK_TIME", `dayEnd must be a time HH:MM from 00:00 to 24:00, got ${input.dayEnd}`, { value: input.dayEnd }));
  if (start !== null && end !== null && start < 1440 && end <= start) {
    problems.push(invalid(["dayEnd"], "DAY_END_NOT_AFTER_START", `dayEnd must be after dayStart, got ${input.dayStart} – ${input.dayEnd}`, { start: input.dayStart, end: input.dayEnd }));
  }
  for (const [name, value] of [["breakMinutes", input.breakMinutes], ["nonCustomerMinutes", input.nonCustomerMinutes]] as const) {
    if (!Number.isInteger(value) || value < 0) problems.push(invalid([name], "NEGATIVE_MINUTES", `${name} must be a whole number of minutes, 0 or more, got ${value}`, { value: String(value) }));
  }
  if (start !== null && end !== null && end > start && input.breakMinutes >= 0 && input.nonCustomerMinutes >= 0) {
    const length = end - start;
    if (input.breakMinutes + input.nonCustomerMinutes >= length) {
      problems.push(
        invalid(["breakMinutes"], "BREAK_NOT_SHORTER_THAN_DAY", `breakMinutes plus nonCustomerMinutes must be shorter than the day of ${length} minutes, got ${input.breakMinutes} + ${input.nonCustomerMinutes}`, {
          day: String(length),
          break: String(input.breakMinutes),
          nonCustomer: String(input.nonCustomerMinutes),
        }),
      );
    }
  }
  if (!(Number.isFinite(input.speedKmPerHour) && input.speedKmPerHour >= 1 && input.speedKmPerHour <= 150)) {
    problems.push(invalid(["speedKmPerHour"], "SPEED_OUT_OF_RANGE", `speedKmPerHour must be between 1 and 150, got ${input.speedKmPerHour}`, { value: String(input.speedKmPerHour) }));
  }
  if (!(Number.isFinite(input.roadFactor) && input.roadFactor >= 1 && input.roadFactor <= 3)) {
    problems.push(invalid(["roadFactor"], "ROAD_FACTOR_OUT_OF_RANGE", `roadFactor must be between 1 and 3, got ${input.roadFactor}`, { value: String(input.roadFactor) }));
  }
  const daysOff = checkDaysOff(input.daysOff ?? [], problems);
  if (problems.length > 0) throw new DomainErrors(problems);
  return { weekdays, start: start as number, end: end as number, daysOff };
}

/** The REP territories of a user. */
async function repTerritories(em: EntityManager, userId: string): Promise<string[]> {
  const rows = await executeSql<{ territory_id: string }>(em, "select territory_id from territory_member where user_id = $1 and membership = 'REP'", [userId]);
  return rows.map((row) => row.territory_id);
}

/** Whether the viewer may change a rep's profile: ADMIN, or a MANAGER of one of the rep's territories. */
function mayChange(context: Pick<GraphQLContext, "viewer">, territoryIds: readonly string[]): boolean {
  const viewer = context.viewer;
  if (viewer?.role === Role.ADMIN) return true;
  return viewer?.role === Role.MANAGER && territoryIds.some((id) => viewer.territoryIds.includes(id));
}

/**
 * Whether the viewer may read a rep's profile: ADMIN, a MANAGER of one of the rep's
 * territories, and the rep themself.
 */
export function mayReadProfile(context: Pick<GraphQLContext, "viewer">, userId: string, territoryIds: readonly string[]): boolean {
  return mayChange(context, territoryIds) || (context.viewer !== undefined && !context.viewer.apiTokenId && context.viewer.userId === userId);
}

/**
 * Replaces a rep's work profile (ADMIN, or a MANAGER of one of the rep's territories). Every
 * broken rule is reported at once; nothing is written then. Audited like every entity change.
 * @throws DomainError NOT_FOUND for an unknown user or one the viewer may not change (outside a
 *   manager's territories), VALIDATION for a user who is not a rep, FORBIDDEN for a rep's own.
 * @throws DomainErrors for the broken rules.
 */
export async function setRepWorkProfile(tx: EntityManager, context: GraphQLContext, input: SetRepWorkProfileInput): Promise<{ rep: User; profile: RepWorkProfile }> {
  const parsed = parseGlobalId(input.repId);
  const rep = parsed?.type === "User" ? await tx.findOne(User, { id: parsed.uuid }) : null;
  if (!rep) throw new DomainError("NOT_FOUND", "rep not found", ["repId"]);
  const territories = await repTerritories(tx, rep.id);
  if (!mayChange(context, territories)) {
    // Whom the viewer may not see is answered as missing; a rep sees only themself.
    if (context.viewer?.userId === rep.id) throw new DomainError("FORBIDDEN", "a rep may read their work profile but only their manager or an admin changes it");
    throw new DomainError("NOT_FOUND", "rep not found", ["repId"]);
  }
  if (rep.role !== Role.REP) throw invalid(["repId"], "NOT_A_REP", `work profiles are for reps, got a user with role ${rep.role}`, { role: rep.role });
  const values = validProfile(input);
  const profile = (await tx.findOne(RepWorkProfile, { user: rep.id })) ?? Object.assign(new RepWorkProfile(), { user: tx.getReference(User, rep.id, { wrapped: true }) });
  Object.assign(profile, {
    startLabel: input.startLocation.label?.trim() || null,
    startLatitude: input.startLocation.latitude,
    startLongitude: input.startLocation.longitude,
    endLabel: input.endLocation ? input.endLocation.label?.trim() || null : null,
    endLatitude: input.endLocation?.latitude ?? null,
    endLongitude: input.endLocation?.longitude ?? null,
    workingWeekdays: values.weekdays,
    dayStartMinute: values.start,
    dayEndMinute: values.end,
    breakMinutes: input.breakMinutes,
    nonCustomerMinutes: input.nonCustomerMinutes,
    speedKmPerHour: input.speedKmPerHour,
    roadFactor: input.roadFactor,
    daysOff: values.daysOff,
  });
  tx.persist(profile);
  await tx.flush();
  return { rep, profile };
}

/** A stored profile (entity or plain row with the entity's property names) as the API shows it. */
export function profileView(profile: RepWorkProfile, viewType: new () => RepWorkProfileView): RepWorkProfileView {
  const location = (label: string | null, latitude: number | null, longitude: number | null) => (latitude === null || longitude === null ? null : { label, latitude, longitude });
  return Object.assign(new viewType(), {
    startLocation: location(profile.startLabel, profile.startLatitude, profile.startLongitude),
    endLocation: location(profile.endLabel, profile.endLatitude, profile.endLongitude),
    workingWeekdays: [...profile.workingWeekdays].sort((a, b) => a - b),
    dayStart: formatClockTime(profile.dayStartMinute),
    dayEnd: formatClockTime(profile.dayEndMinute),
    breakMinutes: profile.breakMinutes,
    nonCustomerMinutes: profile.nonCustomerMinutes,
    availableMinutes: profile.dayEndMinute - profile.dayStartMinute - profile.breakMinutes - profile.nonCustomerMinutes,
    speedKmPerHour: profile.speedKmPerHour,
    roadFactor: profile.roadFactor,
    daysOff: profile.daysOff.map((range) => ({ from: range.from, to: range.to })),
    updatedAt: profile.updatedAt,
  });
}
