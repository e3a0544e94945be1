import {
  AMOUNT_DECIMALS,
  completionRatio,
  diffPlanContent,
  exceedsAuthority,
  targetToDate,
  VOLUME_DECIMALS,
  weekEndDay,
  weeksInMonth,
} from "@beatplan/domain";
import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from "type-graphql";
import { Customer } from "../customers/customer.entity.ts";
import { Store } from "../customers/store.entity.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainError } from "../shared/domain-error.ts";
import { DecimalScalar } from "../shared/scalars.ts";
import { User } from "../org/user.entity.ts";
import { Product } from "../products/product.entity.ts";
import { BusinessPlanEvent } from "./business-plan-event.entity.ts";
import { ProductLaunchLine, StoreTargetLine } from "./business-plan-lines.ts";
import { BusinessPlanRevision } from "./business-plan-revision.entity.ts";
import { BusinessPlanStatus, FieldChangeKind } from "./business-plan-status.ts";
import { BusinessPlan } from "./business-plan.entity.ts";
import { revisionKey } from "./business-plan.loaders.ts";
import { RevisionFieldChange, TrackingWeek } from "./business-plan.types.ts";
import { BusinessReview } from "./business-review.entity.ts";
import { WeeklyProgress } from "./weekly-progress.entity.ts";

async function loadRevision(context: GraphQLContext, plan: BusinessPlan, number: number): Promise<BusinessPlanRevision> {
  const revision = await context.loaders.businessPlans.revisionByPlanAndNumber.load(revisionKey(plan.id, number));
  if (!revision) throw new Error(`business plan ${plan.id} has no revision ${number}`);
  return revision;
}

/** Actual to date: the review's when closed, else the latest recorded week's, else zero. */
async function actualToDate(context: GraphQLContext, plan: BusinessPlan): Promise<{ volume: string; amount: string }> {
  if (plan.status === BusinessPlanStatus.CLOSED) {
    const review = await context.loaders.businessPlans.reviewByPlanId.load(plan.id);
    if (review) return { volume: review.actualVolume, amount: review.actualAmount };
  }
  const latest = (await context.loaders.businessPlans.progressByPlanId.load(plan.id)).at(-1);
  return latest ? { volume: latest.actualVolume, amount: latest.actualAmount } : { volume: "0", amount: "0" };
}

/** Relations and figures of a plan, read through per-request DataLoaders (no N+1 over a page). */
@Resolver(() => BusinessPlan)
export class BusinessPlanFieldsResolver {
  @FieldResolver(() => Customer, { description: "The customer planned for." })
  async customer(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<Customer> {
    const customer = await context.loaders.customers.customerById.load(plan.customer.id);
    if (!customer) throw new Error(`business plan ${plan.id} references invisible customer ${plan.customer.id}`);
    return customer;
  }

  @FieldResolver(() => User, { description: "The rep who owns the plan (the customer's responsible rep when it was created)." })
  async owner(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<User> {
    const owner = await context.loaders.org.userById.load(plan.owner.id);
    if (!owner) throw new Error(`business plan ${plan.id} references missing user ${plan.owner.id}`);
    return owner;
  }

  @FieldResolver(() => BusinessPlanRevision, { description: "The current revision." })
  currentRevision(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<BusinessPlanRevision> {
    return loadRevision(context, plan, plan.currentRevisionNumber);
  }

  @FieldResolver(() => BusinessPlanRevision, { nullable: true, description: "The revision the customer last confirmed; null before the first confirmation." })
  confirmedRevision(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<BusinessPlanRevision> | null {
    return plan.confirmedRevisionNumber === null ? null : loadRevision(context, plan, plan.confirmedRevisionNumber);
  }

  @FieldResolver(() => [BusinessPlanRevision], { description: "Every revision, oldest first; none is ever changed or removed." })
  revisions(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<BusinessPlanRevision[]> {
    return context.loaders.businessPlans.revisionsByPlanId.load(plan.id);
  }

  @FieldResolver(() => [BusinessPlanEvent], { description: "The plan's history: every workflow step with who, when and why, oldest first." })
  events(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<BusinessPlanEvent[]> {
    return context.loaders.businessPlans.eventsByPlanId.load(plan.id);
  }

  @FieldResolver(() => [WeeklyProgress], { description: "Recorded weekly progress, by week." })
  progress(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<WeeklyProgress[]> {
    return context.loaders.businessPlans.progressByPlanId.load(plan.id);
  }

  @FieldResolver(() => BusinessReview, { nullable: true, description: "The monthly business review; null until the plan is closed." })
  review(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<BusinessReview | null> {
    return context.loaders.businessPlans.reviewByPlanId.load(plan.id);
  }

  @FieldResolver(() => [TrackingWeek], { description: "Every week of the plan month: the current revision's target due by its end against the recorded actual to date." })
  async tracking(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<TrackingWeek[]> {
    const month = plan.month.slice(0, 7);
    const [revision, progress] = await Promise.all([loadRevision(context, plan, plan.currentRevisionNumber), context.loaders.businessPlans.progressByPlanId.load(plan.id)]);
    const byWeek = new Map(progress.map((entry) => [entry.week, entry]));
    return Array.from({ length: weeksInMonth(month) }, (_, index) => {
      const week = index + 1;
      const entry = byWeek.get(week);
      return Object.assign(new TrackingWeek(), {
        week,
        endDay: weekEndDay(month, week),
        targetVolumeToDate: targetToDate(revision.targetVolume, month, week, VOLUME_DECIMALS),
        targetAmountToDate: targetToDate(revision.targetAmount, month, week, AMOUNT_DECIMALS),
        actualVolumeToDate: entry?.actualVolume ?? null,
        actualAmountToDate: entry?.actualAmount ?? null,
      });
    });
  }

  @FieldResolver(() => DecimalScalar, { description: "Actual amount to date: the latest recorded week's, or the review's once closed; 0 before any record." })
  async actualAmountToDate(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<string> {
    return (await actualToDate(context, plan)).amount;
  }

  @FieldResolver(() => DecimalScalar, { description: "Actual volume to date, like actualAmountToDate." })
  async actualVolumeToDate(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<string> {
    return (await actualToDate(context, plan)).volume;
  }

  @FieldResolver(() => Float, { nullable: true, description: "Completion: actual to date ÷ the current revision's target, on amounts (volumes when the amount target is 0), e.g. 0.42 for 42 %; null without a target." })
  async completion(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<number | null> {
    const [revision, actual] = await Promise.all([loadRevision(context, plan, plan.currentRevisionNumber), actualToDate(context, plan)]);
    return completionRatio({ volume: revision.targetVolume, amount: revision.targetAmount }, actual);
  }

  @FieldResolver(() => DecimalScalar, { description: "Promotion budget the owner may commit per revision without a manager's approval (configured per rep or per role)." })
  authorityLimit(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<string> {
    return context.loaders.businessPlans.authorityLimitByUserId.load(plan.owner.id);
  }

  @FieldResolver(() => Boolean, { description: "True when the current revision's promotion budget exceeds the owner's authority limit, so a manager must approve it before it can be confirmed." })
  async needsApproval(@Root() plan: BusinessPlan, @Ctx() context: GraphQLContext): Promise<boolean> {
    const [revision, limit] = await Promise.all([loadRevision(context, plan, plan.currentRevisionNumber), context.loaders.businessPlans.authorityLimitByUserId.load(plan.owner.id)]);
    return exceedsAuthority(revision.content, limit);
  }

  @FieldResolver(() => [RevisionFieldChange], { description: "What changed from revision `from` to revision `to`, field by field (store lines matched by store code, launches by product code, promotions by position)." })
  async revisionDiff(
    @Root() plan: BusinessPlan,
    @Ctx() context: GraphQLContext,
    @Arg("from", () => Int, { description: "The earlier revision number." }) from: number,
    @Arg("to", () => Int, { description: "The later revision number." }) to: number,
  ): Promise<RevisionFieldChange[]> {
    const loader = context.loaders.businessPlans.revisionByPlanAndNumber;
    const [before, after] = await Promise.all([loader.load(revisionKey(plan.id, from)), loader.load(revisionKey(plan.id, to))]);
    if (!before) throw new DomainError("NOT_FOUND", `plan has no revision ${from} (revisions 1..${plan.currentRevisionNumber})`, ["from"]);
    if (!after) throw new DomainError("NOT_FOUND", `plan has no revision ${to} (revisions 1..${plan.currentRevisionNumber})`, ["to"]);
    return diffPlanContent(before.content, after.content).map((change) => Object.assign(new RevisionFieldChange(), { ...change, kind: FieldChangeKind[change.kind] }));
  }
}

/** Relations of a revision. */
@Resolver(() => BusinessPlanRevision)
export class BusinessPlanRevisionFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who wrote the revision; null when that user is outside your view (e.g. a rep of another territory since reassigned), like any user you may not see." })
  author(@Root() revision: BusinessPlanRevision, @Ctx() context: GraphQLContext): Promise<User | null> {
    return context.loaders.org.userById.load(revision.author.id);
  }
}

/** The store of a target line (null when the store was removed since). */
@Resolver(() => StoreTargetLine)
export class StoreTargetLineFieldsResolver {
  @FieldResolver(() => Store, { nullable: true, description: "The store; null when it no longer exists." })
  store(@Root() line: StoreTargetLine, @Ctx() context: GraphQLContext): Promise<Store | null> {
    return context.loaders.businessPlans.storeById.load(line.storeId);
  }
}

/** The product of a launch line. */
@Resolver(() => ProductLaunchLine)
export class ProductLaunchLineFieldsResolver {
  @FieldResolver(() => Product, { nullable: true, description: "The product; null when it was removed from the catalogue." })
  product(@Root() line: ProductLaunchLine, @Ctx() context: GraphQLContext): Promise<Product | null> {
    return context.loaders.businessPlans.productById.load(line.productId);
  }
}

/** Who did a step. */
@Resolver(() => BusinessPlanEvent)
export class BusinessPlanEventFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who took the step." })
  actor(@Root() event: BusinessPlanEvent, @Ctx() context: GraphQLContext): Promise<User | null> {
    return context.loaders.org.userById.load(event.actor.id);
  }
}

/** Who recorded a week. */
@Resolver(() => WeeklyProgress)
export class WeeklyProgressFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who recorded the figures." })
  recordedBy(@Root() progress: WeeklyProgress, @Ctx() context: GraphQLContext): Promise<User | null> {
    return context.loaders.org.userById.load(progress.recordedBy.id);
  }
}

/** Who wrote a review, and its completion. */
@Resolver(() => BusinessReview)
export class BusinessReviewFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who wrote the review." })
  author(@Root() review: BusinessReview, @Ctx() context: GraphQLContext): Promise<User | null> {
    return context.loaders.org.userById.load(review.author.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: "The month's completion: actual ÷ target (amounts; volumes when the amount target is 0)." })
  completion(@Root() review: BusinessReview): number | null {
    return completionRatio({ volume: review.targetVolume, amount: review.targetAmount }, { volume: review.actualVolume, amount: review.actualAmount });
  }
}
