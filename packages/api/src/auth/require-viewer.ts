import type { MiddlewareFn } from "type-graphql";
import { DomainError } from "../graphql/domain-error.ts";
import type { GraphQLContext } from "../graphql/context.ts";

/** Root fields that anonymous requests may call. */
const publicRootFields = new Set(["login"]);

/**
 * Global middleware: every root Query/Mutation field except `login` needs a signed-in viewer.
 * Nested fields are reachable only through a root field, so checking roots is enough.
 */
export const requireViewer: MiddlewareFn<GraphQLContext> = async ({ context, info }, next) => {
  const isRoot = info.parentType.name === "Query" || info.parentType.name === "Mutation";
  if (isRoot && !publicRootFields.has(info.fieldName) && !context.viewer) {
    throw new DomainError("UNAUTHENTICATED", context.authProblem ?? "sign in first: send Authorization: Bearer <token> from the login mutation");
  }
  return next();
};
