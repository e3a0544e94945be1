import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainError } from "../shared/domain-error.ts";
import { currentRequestContext } from "../shared/request-context.ts";

/**
 * Wraps the root Query/Mutation fields of `schema`: every one except `publicRootFields`
 * (`login`, as the feature manifests list them) needs a viewer. Nested fields are reachable
 * only through a root field, so checking roots is enough (and nested fields keep GraphQL's
 * plain resolvers, with no per-field middleware); what the viewer then sees is decided by
 * `context.scope`. Root mutations also name the operation for the audit trail.
 */
export function requireViewerOnRootFields(schema: GraphQLSchema, publicRootFields: ReadonlySet<string>): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    const isMutation = type === schema.getMutationType();
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, GraphQLContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: GraphQLContext, info) => {
        if (!publicRootFields.has(info.fieldName) && !context.viewer) {
          throw new DomainError("UNAUTHENTICATED", context.authProblem ?? "sign in first: send Authorization: Bearer <token> from the login mutation");
        }
        if (isMutation) {
          const requestContext = currentRequestContext();
          if (requestContext) requestContext.operation = info.fieldName;
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
