import type { MiddlewareFn } from "type-graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainError } from "../shared/domain-error.ts";
import { currentRequestContext } from "../shared/request-context.ts";

/**
 * Global middleware: every root Query/Mutation field except `publicRootFields` (`login`, as
 * the feature manifests list them) needs a viewer. Nested fields are reachable only through a
 * root field, so checking roots is enough; what the viewer then sees is decided by
 * `context.scope`. Root mutations also name the operation for the audit trail.
 */
export function createRequireViewer(publicRootFields: ReadonlySet<string>): MiddlewareFn<GraphQLContext> {
  return async ({ context, info }, next) => {
    const isRoot = info.parentType.name === "Query" || info.parentType.name === "Mutation";
    if (isRoot && !publicRootFields.has(info.fieldName) && !context.viewer) {
      throw new DomainError("UNAUTHENTICATED", context.authProblem ?? "sign in first: send Authorization: Bearer <token> from the login mutation");
    }
    if (info.parentType.name === "Mutation") {
      const requestContext = currentRequestContext();
      if (requestContext) requestContext.operation = info.fieldName;
    }
    return next();
  };
}
