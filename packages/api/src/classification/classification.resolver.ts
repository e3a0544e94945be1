import { formatScaledDecimal, parseScaledDecimal, PARETO_40_40_20, validateParetoThresholds, type CustomerClass } from "@beatplan/domain";
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { CustomerPayload } from "../customers/customer.types.ts";
import type { GraphQLContext } from "../graphql/context.ts";
import { DomainError } from "../graphql/domain-error.ts";
import { toUserErrors } from "../graphql/error-mapping.ts";
import { toGlobalId } from "../graphql/global-id.ts";
import { DateScalar } from "../graphql/scalars.ts";
import { User } from "../org/user.entity.ts";
import { ClassificationMethod } from "./classification-enums.ts";
import { classificationPeriod, todayOf } from "./classification-period.ts";
import { setClassificationPolicy, toPolicyView } from "./classification-policy.service.ts";
import { applyClassification, overrideCustomerClass, previewClassification, resolveTerritory, type ApplySummary } from "./classification.service.ts";
import { ApplyClassificationInput, ClassificationInput, ClassificationScopeInput, OverrideCustomerClassInput, SetClassificationPolicyInput } from "./classification.input.ts";
import {
  ClassificationApplyPayload,
  ClassificationApplyResult,
  ClassificationItem,
  ClassificationPolicyPayload,
  ClassificationPolicyView,
  ClassificationPreview,
  ClassShare,
  ParetoChart,
} from "./classification.types.ts";
import { classifyTerritory, type ClassifiedCustomer } from "./classify-territory.ts";
import { effectivePolicy } from "./effective-policy.ts";

const maxPreviewItems = 100_000;

function distribution(items: readonly ClassifiedCustomer[], classOf: (item: ClassifiedCustomer) => CustomerClass | null, total: string): ClassShare[] {
  const totals = new Map<CustomerClass, { count: number; volume: bigint }>();
  for (const item of items) {
    const customerClass = classOf(item);
    if (customerClass === null) continue;
    const entry = totals.get(customerClass) ?? { count: 0, volume: 0n };
    entry.count += 1;
    entry.volume += parseScaledDecimal(item.volume, `volume of ${item.code}`);
    totals.set(customerClass, entry);
  }
  const totalNumber = Number(total);
  return [...totals.entries()]
    .sort(([left], [right]) => (left < right ? -1 : 1))
    .map(([customerClass, entry]) => {
      const volume = formatScaledDecimal(entry.volume);
      return Object.assign(new ClassShare(), { customerClass, count: entry.count, volume, volumeShare: totalNumber === 0 ? 0 : Number(volume) / totalNumber });
    });
}

function toApplyResult(summary: ApplySummary): ClassificationApplyResult {
  return Object.assign(new ClassificationApplyResult(), {
    territoryId: toGlobalId("Territory", summary.territoryId),
    asOf: summary.asOf,
    firstMonth: summary.firstMonth,
    lastMonth: summary.lastMonth,
    method: summary.method as ClassificationMethod,
    customerCount: summary.customerCount,
    changedCount: summary.changedCount,
    appliedAt: new Date(summary.appliedAt),
    changes: summary.changes.map((change) => ({ ...change, customerId: toGlobalId("Customer", change.customerId) })),
  });
}

/** Customer classification: policies, preview, apply, manual overrides and the Pareto chart. */
@Resolver()
export class ClassificationResolver {
  @Query(() => ClassificationPolicyView, { description: "The policy that applies to a territory (its own, its region's, the company's or the built-in one)." })
  async classificationPolicy(@Ctx() context: GraphQLContext, @Arg("scope", () => ClassificationScopeInput, { description: "The territory." }) scope: ClassificationScopeInput): Promise<ClassificationPolicyView> {
    const territory = await resolveTerritory(context.em, context.scope, scope);
    return toPolicyView(await effectivePolicy(context.em, territory));
  }

  @Query(() => ClassificationPreview, { description: "Classifies a territory's active customers under its policy as of a date; nothing is written." })
  async previewClassification(@Ctx() context: GraphQLContext, @Arg("input", () => ClassificationInput) input: ClassificationInput): Promise<ClassificationPreview> {
    const { territory, run } = await previewClassification(context.em, context.scope, input, context.now);
    return Object.assign(new ClassificationPreview(), {
      territoryId: toGlobalId("Territory", territory.id),
      asOf: run.period.asOf,
      firstMonth: run.period.firstMonth,
      lastMonth: run.period.lastMonth,
      method: run.policy.parameters.method,
      policyLevel: run.policy.level,
      totalVolume: run.totalVolume,
      customerCount: run.items.length,
      changeCount: run.items.filter((item) => item.proposedClass !== item.currentClass).length,
      distribution: distribution(run.items, (item) => item.proposedClass, run.totalVolume),
      currentDistribution: distribution(run.items, (item) => item.currentClass, run.totalVolume),
      run,
    });
  }

  @Query(() => ParetoChart, { description: "The Pareto chart of a territory: customers by volume, running share and class boundaries." })
  async paretoChart(
    @Ctx() context: GraphQLContext,
    @Arg("scope", () => ClassificationScopeInput, { description: "The territory." }) scope: ClassificationScopeInput,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "The date to draw the chart for (the period is the complete months before its month); default today by the server clock." }) asOf: string | null,
  ): Promise<ParetoChart> {
    const territory = await resolveTerritory(context.em, context.scope, scope);
    const policy = await effectivePolicy(context.em, territory);
    const thresholds = policy.parameters.method === ClassificationMethod.PARETO ? policy.parameters.thresholds : PARETO_40_40_20;
    const paretoPolicy = { ...policy, parameters: { method: ClassificationMethod.PARETO as const, thresholds } };
    const run = await classifyTerritory(context.em, context.scope, territory.id, paretoPolicy, classificationPeriod(asOf ?? todayOf(context.now()), policy.periodMonths));
    const boundaries = validateParetoThresholds(thresholds).map((bound) => {
      const members = run.items.filter((item) => item.computedClass === bound.customerClass);
      return {
        customerClass: bound.customerClass as CustomerClass,
        cumulativeShare: Number(bound.cumulativeBasisPoints) / 10_000,
        count: members.length,
        lastRank: members.at(-1)?.rank ?? null,
      };
    });
    return Object.assign(new ParetoChart(), {
      asOf: run.period.asOf,
      firstMonth: run.period.firstMonth,
      lastMonth: run.period.lastMonth,
      shares: { a: thresholds.A, b: thresholds.B, c: thresholds.C, d: thresholds.D ?? null },
      totalVolume: run.totalVolume,
      points: run.items.map((item) => ({
        rank: item.rank,
        customerId: toGlobalId("Customer", item.customerId),
        code: item.code,
        name: item.name,
        volume: item.volume,
        share: item.share,
        cumulativeShare: item.cumulativeShareAfter,
        currentClass: item.currentClass,
        paretoClass: item.computedClass,
      })),
      boundaries,
    });
  }

  @Mutation(() => ClassificationApplyPayload, {
    description: "Classifies a territory and writes every change (history entry + customer class) in one transaction; ADMIN and MANAGER. Manual overrides hold until they expire.",
  })
  async applyClassification(@Ctx() context: GraphQLContext, @Arg("input", () => ApplyClassificationInput) input: ApplyClassificationInput): Promise<ClassificationApplyPayload> {
    try {
      const summary = await applyClassification(context.em, context.scope, input, context.now);
      return { result: toApplyResult(summary), userErrors: [] };
    } catch (error) {
      return { result: null, userErrors: toUserErrors(error) };
    }
  }

  @Mutation(() => CustomerPayload, { description: "Sets a customer's class by hand with a reason (required); classification runs keep it until `until`. ADMIN and MANAGER." })
  async overrideCustomerClass(@Ctx() context: GraphQLContext, @Arg("input", () => OverrideCustomerClassInput) input: OverrideCustomerClassInput): Promise<CustomerPayload> {
    try {
      return { customer: await overrideCustomerClass(context.em, context.scope, input, context.now), userErrors: [] };
    } catch (error) {
      return { customer: null, userErrors: toUserErrors(error) };
    }
  }

  @Mutation(() => ClassificationPolicyPayload, { description: "Creates or changes a classification policy after validating it; ADMIN, or MANAGER for their territories." })
  async setClassificationPolicy(@Ctx() context: GraphQLContext, @Arg("input", () => SetClassificationPolicyInput) input: SetClassificationPolicyInput): Promise<ClassificationPolicyPayload> {
    try {
      return { policy: toPolicyView(await setClassificationPolicy(context.em, context.scope, input)), userErrors: [] };
    } catch (error) {
      return { policy: null, userErrors: toUserErrors(error) };
    }
  }
}

/** The customers of a preview, a slice at a time. */
@Resolver(() => ClassificationPreview)
export class ClassificationPreviewResolver {
  @FieldResolver(() => [ClassificationItem], { description: `Customers by rank; \`first\` 1..${maxPreviewItems}.` })
  items(
    @Root() preview: ClassificationPreview,
    @Arg("first", () => Int, { nullable: true, defaultValue: 500, description: `How many, 1..${maxPreviewItems}.` }) first: number | null,
    @Arg("offset", () => Int, { nullable: true, defaultValue: 0, description: "How many to skip (the preview is computed once per request, so offsets are stable within it)." }) offset: number | null,
    @Arg("changesOnly", () => Boolean, { nullable: true, defaultValue: false, description: "Only customers whose class would change." }) changesOnly: boolean | null,
  ): ClassificationItem[] {
    const count = first ?? 500;
    const skip = offset ?? 0;
    if (!Number.isInteger(count) || count < 1 || count > maxPreviewItems) throw new DomainError("VALIDATION", `first must be 1..${maxPreviewItems}, got ${count}`, ["first"]);
    if (!Number.isInteger(skip) || skip < 0) throw new DomainError("VALIDATION", `offset must be 0 or more, got ${skip}`, ["offset"]);
    const source = changesOnly ? preview.run.items.filter((item) => item.proposedClass !== item.currentClass) : preview.run.items;
    return source.slice(skip, skip + count).map((item) =>
      Object.assign(new ClassificationItem(), {
        customerId: toGlobalId("Customer", item.customerId),
        code: item.code,
        name: item.name,
        currentClass: item.currentClass,
        proposedClass: item.proposedClass,
        computedClass: item.computedClass,
        overridden: item.overridden,
        changed: item.proposedClass !== item.currentClass,
        volume: item.volume,
        monthsAveraged: item.monthsAveraged,
        rank: item.rank,
        share: item.share,
        cumulativeShareBefore: item.cumulativeShareBefore,
        cumulativeShare: item.cumulativeShareAfter,
        reason: item.reason,
      }),
    );
  }
}

/** Who last changed a policy. */
@Resolver(() => ClassificationPolicyView)
export class ClassificationPolicyFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who last changed the stored policy; null for the built-in policy." })
  updatedBy(@Root() policy: ClassificationPolicyView, @Ctx() context: GraphQLContext): Promise<User | null> | null {
    return policy.updatedById ? context.loaders.org.userById.load(policy.updatedById) : null;
  }
}
