import { evenlySpreadPatterns, maskToDays, type VisitStandard } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { effectivePolicy } from "../classification/effective-policy.ts";
import { Customer } from "../customers/customer.entity.ts";
import { Territory } from "../org/territory.entity.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainError, DomainErrors } from "../shared/domain-error.ts";
import { UserError } from "../shared/error-mapping.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { CustomerVisitDays } from "./customer-visit-days.entity.ts";
import { assertMayPlan } from "./visit-plan-access.ts";
import { WEEKDAY_NAMES } from "./day-names.ts";

/** Input of pinCustomerWeekdays. */
@InputType("PinCustomerWeekdaysInput", { description: "The weekdays a customer expects its visits on, and those it is closed." })
export class PinCustomerWeekdaysInput {
  @Field(() => ID, { description: "The customer (global ID)." })
  customerId: string;

  @Field(() => [Int], { description: "ISO weekdays (1 = Monday) the visits must fall on; empty for any day." })
  pinnedWeekdays: number[];

  @Field(() => [Int], { defaultValue: [], description: "ISO weekdays the customer is closed and cannot be visited." })
  closedWeekdays: number[];
}

/** Result of pinCustomerWeekdays. */
@ObjectType("PinCustomerWeekdaysPayload", { description: "The customer's visit days as stored, or why they were refused." })
export class PinCustomerWeekdaysPayload {
  @Field(() => Customer, { nullable: true, description: "The customer; null when userErrors is not empty." })
  customer: Customer | null;

  @Field(() => [Int], { description: "Stored pinned weekdays, ascending." })
  pinnedWeekdays: number[];

  @Field(() => [Int], { description: "Stored closed weekdays, ascending." })
  closedWeekdays: number[];

  @Field(() => [UserError], { description: "VALIDATION (bad weekdays), SPACING (no evenly spread visit days fit these weekdays), NOT_FOUND, FORBIDDEN; empty on success." })
  userErrors: UserError[];
}


/**
 * The cycle-day combinations a customer's on-site visits may take under its weekday constraints:
 * the evenly spread ones (DOMAIN.md §4) whose days all fall on pinned weekdays (when any) and
 * none on a closed weekday. Days are 0-based over `weeks` weeks of `perWeek` working days.
 */
export function allowedCombinations(frequency: number, weeks: number, perWeek: number, pinned: readonly number[], closed: readonly number[]): number[][] {
  const cycleDays = weeks * perWeek;
  const weekdayOf = (day: number) => (day % perWeek) + 1;
  return evenlySpreadPatterns(frequency, cycleDays)
    .map(maskToDays)
    .filter((days) => days.every((day) => (pinned.length === 0 || pinned.includes(weekdayOf(day))) && !closed.includes(weekdayOf(day))));
}

function weekdays(values: readonly number[], field: string, problems: DomainError[]): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const bad = sorted.find((day) => !Number.isInteger(day) || day < 1 || day > 7);
  if (bad !== undefined) problems.push(new DomainError("VALIDATION", `${field} must be ISO weekdays 1 (Monday) to 7 (Sunday), got ${bad}`, [field], { reason: "WEEKDAY_OUT_OF_RANGE", params: { value: String(bad) } }));
  return sorted;
}

/**
 * Stores the weekdays a customer expects its visits on and those it is closed, which the next
 * generated plans respect. Refused (SPACING) when the class's visits cannot be spread evenly
 * over those weekdays. ADMIN or a MANAGER of the customer's territory; audited.
 */
export async function pinCustomerWeekdays(tx: EntityManager, context: GraphQLContext, input: PinCustomerWeekdaysInput): Promise<{ customer: Customer; visitDays: CustomerVisitDays }> {
  const customerId = fromGlobalId("Customer", input.customerId, "customerId");
  const customer = await tx.findOne(Customer, { id: customerId });
  if (!customer || !context.scope.seesTerritory(customer.territory.id)) throw new DomainError("NOT_FOUND", "customer not found", ["customerId"]);
  assertMayPlan(context, customer.territory.id);
  const problems: DomainError[] = [];
  const pinned = weekdays(input.pinnedWeekdays, "pinnedWeekdays", problems);
  const closed = weekdays(input.closedWeekdays ?? [], "closedWeekdays", problems);
  const both = pinned.filter((day) => closed.includes(day));
  if (both.length > 0) problems.push(new DomainError("VALIDATION", `a weekday cannot be both pinned and closed, got ${both.map((day) => WEEKDAY_NAMES[day]).join(", ")}`, ["closedWeekdays"], { reason: "PINNED_AND_CLOSED", params: { weekdays: both.join(", ") } }));
  if (problems.length > 0) throw new DomainErrors(problems);
  const territory = await tx.findOneOrFail(Territory, { id: customer.territory.id });
  const standard: VisitStandard = (await effectivePolicy(tx, territory)).visitStandard;
  const onSite = customer.customerClass ? standard.requirements[customer.customerClass as keyof VisitStandard["requirements"]]?.find((item) => item.kind === "ON_SITE" && item.visitor === "REP") : undefined;
  if (onSite && allowedCombinations(onSite.visitsPerCycle, standard.cycle.weeks, standard.cycle.workingDaysPerWeek, pinned, closed).length === 0) {
    const names = (pinned.length > 0 ? pinned : [1, 2, 3, 4, 5, 6, 7].filter((day) => !closed.includes(day))).map((day) => WEEKDAY_NAMES[day]).join(", ");
    throw new DomainError(
      "VALIDATION",
      `${customer.code} (class ${customer.customerClass}) needs ${onSite.visitsPerCycle} evenly spread visits every ${standard.cycle.weeks} week(s), which cannot all fall on ${names}`,
      ["pinnedWeekdays"],
      { reason: "SPACING", params: { customer: customer.code, visits: String(onSite.visitsPerCycle), weeks: String(standard.cycle.weeks), weekdays: names } },
    );
  }
  const visitDays = (await tx.findOne(CustomerVisitDays, { customer: customerId })) ?? Object.assign(new CustomerVisitDays(), { customer: tx.getReference(Customer, customerId, { wrapped: true }) });
  visitDays.pinnedWeekdays = pinned;
  visitDays.closedWeekdays = closed;
  tx.persist(visitDays);
  await tx.flush();
  return { customer, visitDays };
}
