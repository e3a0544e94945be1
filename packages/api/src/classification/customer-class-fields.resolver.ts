import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Customer } from "../customers/customer.entity.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { User } from "../org/user.entity.ts";
import { DateScalar, DateTimeScalar } from "../shared/scalars.ts";
import { ClassAssignment } from "./class-assignment.entity.ts";
import { computedReason, heldPercent, type ComputedReasonFigures, type ReasonTemplate } from "./class-reasons.ts";
import { ClassReason, computedReasonDetail } from "./class-reason-detail.ts";
import { ClassOverride } from "./class-override.entity.ts";

/** Class history and manual override of a customer, read through per-request DataLoaders. */
@Resolver(() => Customer)
export class CustomerClassFieldsResolver {
  @FieldResolver(() => [ClassAssignment], { description: "Every change of the customer's class, newest first." })
  classHistory(@Root() customer: Customer, @Ctx() context: GraphQLContext): Promise<ClassAssignment[]> {
    return context.loaders.classification.classHistoryByCustomerId.load(customer.id);
  }

  @FieldResolver(() => ClassOverride, { nullable: true, description: "The manual class that holds today; null when none." })
  classOverride(@Root() customer: Customer, @Ctx() context: GraphQLContext): Promise<ClassOverride | null> {
    return context.loaders.classification.activeOverrideByCustomerId.load(customer.id);
  }
}

/** Who made a class change, when and why: the figures of the change with what its run shares (loaded with it). */
@Resolver(() => ClassAssignment)
export class ClassAssignmentFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who made the change; null when the system did (e.g. loading demo data)." })
  actor(@Root() assignment: ClassAssignment, @Ctx() context: GraphQLContext): Promise<User | null> | null {
    const actor = assignment.run.getEntity().actor;
    return actor ? context.loaders.org.userById.load(actor.id) : null;
  }

  @FieldResolver(() => DateTimeScalar, { description: "When the change was made." })
  assignedAt(@Root() assignment: ClassAssignment): Date {
    return assignment.run.getEntity().appliedAt;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "The date the classification run was made for; null for overrides." })
  asOf(@Root() assignment: ClassAssignment): string | null {
    return assignment.run.getEntity().asOf;
  }

  @FieldResolver(() => String, { description: "Why: the figures behind a computed class, or the reason given for an override." })
  reason(@Root() assignment: ClassAssignment): string {
    return classAssignmentReason(assignment);
  }

  @FieldResolver(() => ClassReason, { nullable: true, description: "The figures `reason` quotes, for wording it in the reader's language; null when the reason is text as written (overrides, rule sets, older runs)." })
  reasonDetail(@Root() assignment: ClassAssignment): ClassReason | null {
    const figures = assignmentReasonFigures(assignment);
    return figures ? computedReasonDetail(figures.template, figures.figures) : null;
  }
}

/** The reason of a change: its own text, or rendered from its figures and its run's template. */
export function classAssignmentReason(assignment: ClassAssignment): string {
  if (assignment.reason !== null) return assignment.reason;
  const figures = assignmentReasonFigures(assignment);
  if (!figures) throw new Error(`class change ${assignment.id} has neither a reason nor the figures to render one`);
  return computedReason(figures.template, figures.figures);
}

/** A computed change's figures with its run's template; undefined for a change whose reason is text as written. */
function assignmentReasonFigures(assignment: ClassAssignment): { template: ReasonTemplate; figures: ComputedReasonFigures } | undefined {
  if (assignment.reason !== null) return undefined;
  const run = assignment.run.getEntity();
  if (!run.reasonTemplate || assignment.rank === null || assignment.monthsAveraged === null || assignment.computedClass === null) return undefined;
  return {
    template: run.reasonTemplate,
    figures: {
      rank: assignment.rank,
      customerCount: run.customerCount ?? 0,
      average: trimScale(assignment.volume ?? "0"),
      monthsAveraged: assignment.monthsAveraged,
      heldPercent: heldPercent(assignment.runningBefore ?? "0", run.total ?? "0"),
      computedClass: assignment.computedClass,
      override: assignment.overrideReason !== null ? { until: assignment.overrideUntil, reason: assignment.overrideReason } : undefined,
    },
  };
}

/** A decimal string without trailing fractional zeros, as PostgreSQL's trim_scale prints it: "170.500000" → "170.5", "170.000000" → "170". */
export function trimScale(decimal: string): string {
  return decimal.includes(".") ? decimal.replace(/0+$/, "").replace(/\.$/, "") : decimal;
}

/** Who set an override. */
@Resolver(() => ClassOverride)
export class ClassOverrideFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who set the override." })
  actor(@Root() override: ClassOverride, @Ctx() context: GraphQLContext): Promise<User | null> | null {
    return override.actor ? context.loaders.org.userById.load(override.actor.id) : null;
  }
}
