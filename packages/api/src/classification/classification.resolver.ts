import { type CustomerClass, PARETO_40_40_20, todayIn, validateParetoThresholds } from "@beatplan/domain";
import { getArgumentValues, getNamedType, Kind, type GraphQLObjectType, type GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { CustomerPayload } from "../customers/customer.types.ts";
import { decodeCursor, encodeCursor } from "../shared/connection.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainError } from "../shared/domain-error.ts";
import { checkPageSize, pageSize } from "../shared/limits.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { DateScalar } from "../shared/scalars.ts";
import { User } from "../org/user.entity.ts";
import { ClassificationMethod } from "./classification-enums.ts";
import { classificationPeriod } from "./classification-period.ts";
import { setClassificationPolicy, toPolicyView } from "./classification-policy.service.ts";
import { applyClassification, overrideCustomerClass, previewClassification, resolveTerritory } from "./classification.service.ts";
import type { ApplySummary } from "./write-classification.ts";
import { ApplyClassificationInput, ClassificationInput, ClassificationScopeInput, OverrideCustomerClassInput, SetClassificationPolicyInput } from "./classification.input.ts";
import {
  ClassificationApplyPayload,
  ClassificationApplyResult,
  ClassificationItem,
  ClassificationItemConnection,
  ClassificationItemEdge,
  ClassificationPolicyPayload,
  ClassificationPolicyView,
  ClassificationPreview,
  ClassShare,
  ClassTransition,
} from "./classification.types.ts";
import { previewSummaryAndPage, samePageRequest, type ClassTotal, type PreviewPageRequest } from "./classification-preview.ts";
import { ParetoChart } from "./pareto-chart.types.ts";
import { chartPointsLimits, paretoChartData } from "./pareto-chart-sql.ts";
import { effectivePolicy } from "./effective-policy.ts";

/** Largest preview page. */

function toClassShares(totals: readonly ClassTotal[], total: string): ClassShare[] {
  const totalNumber = Number(total);
  return totals.map((entry) =>
    Object.assign(new ClassShare(), { customerClass: entry.customerClass, count: entry.count, volume: entry.volume, volumeShare: totalNumber === 0 ? 0 : Number(entry.volume) / totalNumber }),
  );
}

interface ItemsArguments {
  first?: number | null;
  after?: string | null;
  changesOnly?: boolean | null;
}

/** Validates the paging arguments of `items`. */
function pageRequest(args: ItemsArguments): PreviewPageRequest {
  const first = checkPageSize(args.first ?? pageSize.default);
  const afterRank = args.after == null ? 0 : Number(decodeCursor(args.after, "rank").value);
  if (!Number.isSafeInteger(afterRank) || afterRank < 0) throw new DomainError("VALIDATION", `after must be a cursor returned by this connection, got "${args.after}"`, ["after"]);
  return { first, afterRank, changesOnly: args.changesOnly ?? false };
}

/**
 * The page the query asks of the preview's `items` (the first such selection), read from the
 * query so the summary and the page come from one SQL pass. Undefined when `items` is not
 * selected directly (e.g. only inside a fragment) or its arguments are invalid; `items` then
 * fetches (or reports) on its own.
 */
function requestedPage(info: GraphQLResolveInfo): PreviewPageRequest | undefined {
  const field = (getNamedType(info.returnType) as GraphQLObjectType).getFields()["items"];
  if (!field) return undefined;
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || selection.name.value !== "items") continue;
      try {
        return pageRequest(getArgumentValues(field, selection, info.variableValues) as ItemsArguments);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
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
  async previewClassification(@Ctx() context: GraphQLContext, @Info() info: GraphQLResolveInfo, @Arg("input", () => ClassificationInput) input: ClassificationInput): Promise<ClassificationPreview> {
    const { territory, source } = await previewClassification(context.em, context.scope, input, context.now);
    const { summary, page } = await previewSummaryAndPage(context.em, source, requestedPage(info));
    return Object.assign(new ClassificationPreview(), {
      territoryId: toGlobalId("Territory", territory.id),
      asOf: source.period.asOf,
      firstMonth: source.period.firstMonth,
      lastMonth: source.period.lastMonth,
      method: source.policy.parameters.method,
      policyLevel: source.policy.level,
      totalVolume: summary.totalVolume,
      customerCount: summary.customerCount,
      changeCount: summary.changeCount,
      distribution: toClassShares(summary.distribution, summary.totalVolume),
      currentDistribution: toClassShares(summary.currentDistribution, summary.totalVolume),
      transitions: summary.transitions.map((transition) => Object.assign(new ClassTransition(), transition)),
      source,
      prefetched: page,
    });
  }

  @Query(() => ParetoChart, { description: "The Pareto chart of a territory: the largest customers one by one, the tail in buckets, the running share and the class boundaries." })
  async paretoChart(
    @Ctx() context: GraphQLContext,
    @Arg("scope", () => ClassificationScopeInput, { description: "The territory." }) scope: ClassificationScopeInput,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "The date to draw the chart for (the period is the complete months before its month); default today by the server clock." }) asOf: string | null,
    @Arg("maxPoints", () => Int, {
      nullable: true,
      defaultValue: chartPointsLimits.default,
      description: `Most bars to return (points + buckets), ${chartPointsLimits.min}..${chartPointsLimits.max}; a territory with more customers gets its tail in buckets.`,
    })
    maxPoints: number | null,
  ): Promise<ParetoChart> {
    const territory = await resolveTerritory(context.em, context.scope, scope);
    const policy = await effectivePolicy(context.em, territory);
    const thresholds = policy.parameters.method === ClassificationMethod.PARETO ? policy.parameters.thresholds : PARETO_40_40_20;
    const paretoPolicy = { ...policy, parameters: { method: ClassificationMethod.PARETO as const, thresholds } };
    const period = classificationPeriod(asOf ?? todayIn(context.now(), "UTC"), policy.periodMonths);
    const data = await paretoChartData(context.em, context.scope, territory.id, paretoPolicy, period, maxPoints ?? chartPointsLimits.default);
    const total = Number(data.totalVolume);
    const shareOf = (value: string) => (total === 0 ? 0 : Number(value) / total);
    const bars = [
      ...data.customers.map((customer) => ({ paretoClass: customer.paretoClass, count: 1, lastRank: customer.rank })),
      ...data.buckets.map((bucket) => ({ paretoClass: bucket.paretoClass, count: bucket.customerCount, lastRank: bucket.lastRank })),
    ];
    const boundaries = validateParetoThresholds(thresholds).map((bound) => {
      const members = bars.filter((bar) => bar.paretoClass === bound.customerClass);
      return {
        customerClass: bound.customerClass as CustomerClass,
        cumulativeShare: Number(bound.cumulativeBasisPoints) / 10_000,
        count: members.reduce((sum, bar) => sum + bar.count, 0),
        lastRank: members.length === 0 ? null : Math.max(...members.map((bar) => bar.lastRank)),
      };
    });
    return Object.assign(new ParetoChart(), {
      asOf: period.asOf,
      firstMonth: period.firstMonth,
      lastMonth: period.lastMonth,
      shares: { a: thresholds.A, b: thresholds.B, c: thresholds.C, d: thresholds.D ?? null },
      totalVolume: data.totalVolume,
      customerCount: data.customerCount,
      points: data.customers.map((customer) => ({
        rank: customer.rank,
        customerId: toGlobalId("Customer", customer.customerId),
        code: customer.code,
        name: customer.name,
        volume: customer.volume,
        share: shareOf(customer.volume),
        cumulativeShare: shareOf(customer.runningAfter),
        currentClass: customer.currentClass,
        paretoClass: customer.paretoClass,
      })),
      buckets: data.buckets.map((bucket) => ({
        firstRank: bucket.firstRank,
        lastRank: bucket.lastRank,
        customerCount: bucket.customerCount,
        volume: bucket.volume,
        share: shareOf(bucket.volume),
        cumulativeShare: shareOf(bucket.runningAfter),
        paretoClass: bucket.paretoClass,
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

/** The customers of a preview, a page at a time. */
@Resolver(() => ClassificationPreview)
export class ClassificationPreviewResolver {
  @FieldResolver(() => ClassificationItemConnection, { description: `Customers by rank, a page at a time (\`first\` ${pageSize.min}..${pageSize.max}).` })
  async items(
    @Root() preview: ClassificationPreview,
    @Ctx() context: GraphQLContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: pageSize.default, description: `How many, ${pageSize.min}..${pageSize.max}.` }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the customer to continue after (from a previous page)." }) after: string | null,
    @Arg("changesOnly", () => Boolean, { nullable: true, defaultValue: false, description: "Only customers whose class would change." }) changesOnly: boolean | null,
  ): Promise<ClassificationItemConnection> {
    const request = pageRequest({ first, after, changesOnly });
    const page =
      preview.prefetched && samePageRequest(preview.prefetched.request, request)
        ? preview.prefetched
        : (await previewSummaryAndPage(context.em, preview.source, request)).page!;
    const edges = page.items.map((item) =>
      Object.assign(new ClassificationItemEdge(), {
        cursor: encodeCursor({ ordering: "rank", value: String(item.rank), id: item.customerId }),
        node: Object.assign(new ClassificationItem(), {
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
          reasonDetail: item.reasonDetail,
        }),
      }),
    );
    return Object.assign(new ClassificationItemConnection(), {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: request.afterRank > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: request.changesOnly ? preview.changeCount : preview.customerCount,
    });
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
