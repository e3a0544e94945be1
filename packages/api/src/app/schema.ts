import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type ContainerType } from "type-graphql";
import { AuthResolver } from "../auth/auth.resolver.ts";
import type { AuthSettings } from "../auth/auth.service.ts";
import { requireViewer } from "../auth/require-viewer.ts";
import { ContactPersonalDataResolver, CustomerSensitiveSectionsResolver } from "../auth/sensitive-sections.ts";
import { AuditEntryConnectionResolver, AuditEntryFieldsResolver, AuditLogResolver } from "../audit/audit.resolver.ts";
import { ApiTokenResolver } from "../tokens/api-token.resolver.ts";
import { ClassificationPolicyFieldsResolver, ClassificationPreviewResolver, ClassificationResolver } from "../classification/classification.resolver.ts";
import { ClassAssignmentFieldsResolver, ClassOverrideFieldsResolver, CustomerClassFieldsResolver } from "../classification/customer-class-fields.resolver.ts";
import { CustomerFieldsResolver } from "../customers/customer-fields.resolver.ts";
import { CustomerConnectionResolver, CustomerResolver } from "../customers/customer.resolver.ts";
import { OrgResolver, RegionFieldsResolver, TerritoryFieldsResolver } from "../org/org.resolver.ts";
import { SalesResolver } from "../sales/sales.resolver.ts";
import {
  BusinessPlanEventFieldsResolver,
  BusinessPlanFieldsResolver,
  BusinessPlanRevisionFieldsResolver,
  BusinessReviewFieldsResolver,
  ProductLaunchLineFieldsResolver,
  StoreTargetLineFieldsResolver,
  WeeklyProgressFieldsResolver,
} from "../business-plans/business-plan-fields.resolver.ts";
import { AuthorityLimitResolver } from "../business-plans/authority-limit.resolver.ts";
import { BusinessPlanConnectionResolver, BusinessPlanResolver } from "../business-plans/business-plan.resolver.ts";
import { ProductResolver } from "../products/product.resolver.ts";
import { NodeResolver } from "./node.resolver.ts";

const resolvers = [
  NodeResolver,
  AuthResolver,
  OrgResolver,
  TerritoryFieldsResolver,
  RegionFieldsResolver,
  CustomerResolver,
  CustomerConnectionResolver,
  CustomerFieldsResolver,
  SalesResolver,
  ClassificationResolver,
  ClassificationPreviewResolver,
  ClassificationPolicyFieldsResolver,
  CustomerClassFieldsResolver,
  ClassAssignmentFieldsResolver,
  ClassOverrideFieldsResolver,
  CustomerSensitiveSectionsResolver,
  ContactPersonalDataResolver,
  ApiTokenResolver,
  AuditLogResolver,
  AuditEntryConnectionResolver,
  AuditEntryFieldsResolver,
  ProductResolver,
  BusinessPlanResolver,
  BusinessPlanConnectionResolver,
  BusinessPlanFieldsResolver,
  BusinessPlanRevisionFieldsResolver,
  StoreTargetLineFieldsResolver,
  ProductLaunchLineFieldsResolver,
  BusinessPlanEventFieldsResolver,
  WeeklyProgressFieldsResolver,
  BusinessReviewFieldsResolver,
  AuthorityLimitResolver,
] as const;

/** Builds the executable schema; resolvers that need settings get them through a tiny container. */
export async function buildGraphQLSchema(authSettings: AuthSettings): Promise<GraphQLSchema> {
  const instances = new Map<unknown, unknown>([[AuthResolver, new AuthResolver(authSettings)]]);
  const container: ContainerType = {
    get: (resolverClass: new () => unknown) => {
      if (!instances.has(resolverClass)) instances.set(resolverClass, new resolverClass());
      return instances.get(resolverClass);
    },
  };
  return buildSchema({ resolvers, container, globalMiddlewares: [requireViewer], validate: false });
}

/** The schema as SDL, types sorted by name so that the committed file diffs cleanly. */
export async function renderSchemaSdl(): Promise<string> {
  const schema = await buildGraphQLSchema({ secret: "schema-rendering-only", tokenLifetimeSeconds: 1, now: () => new Date(0) });
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
