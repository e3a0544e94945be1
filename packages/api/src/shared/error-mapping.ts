import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Field, ObjectType } from "type-graphql";
import { databaseFaultOf } from "./database-errors.ts";
import { DomainError, DomainErrors, type DomainErrorCode } from "./domain-error.ts";
import { currentRequestContext } from "./request-context.ts";

/** One value named by a userError's message. */
@ObjectType("UserErrorParam", { description: "One value named by a userError's message, e.g. { name: \"week\", value: \"3\" }." })
export class UserErrorParam {
  @Field(() => String, { description: "Placeholder name." })
  name: string;

  @Field(() => String, { description: "The value, as the message shows it." })
  value: string;
}

/** A problem with a mutation's input that the caller can fix; returned in the payload, not thrown. */
@ObjectType("UserError", { description: "A problem with a mutation's input that the caller can fix." })
export class UserError {
  @Field(() => [String], { nullable: true, description: "Path to the input field at fault, e.g. [\"rows\", \"3\", \"month\"] for the third row; null when not tied to a field." })
  field: string[] | null;

  @Field(() => String, { description: "Human-readable explanation, stating the rule and the value received." })
  message: string;

  @Field(() => String, { description: "Machine-readable code: VALIDATION, NOT_FOUND, CONFLICT, DUPLICATE, UNAUTHENTICATED, FORBIDDEN, IDEMPOTENCY_KEY_REUSED, LOCKED (too many failed sign-ins; wait and retry), INVALID_TRANSITION (the workflow does not allow this step now)." })
  code: string;

  @Field(() => String, { nullable: true, description: "The rule broken, more specific than `code` (e.g. WEEK_NOT_BEGUN, DUPLICATE_MONTH), for clients that word the message in their own language from `reason` and `params`; null when the message is all there is." })
  reason: string | null;

  @Field(() => [UserErrorParam], { description: "The values `message` names, by placeholder name (empty without a reason)." })
  params: UserErrorParam[];
}

/** Turns domain errors into payload userErrors; anything else is not the caller's fault and is rethrown. */
export function toUserErrors(error: unknown): UserError[] {
  const errors = error instanceof DomainErrors ? error.errors : error instanceof DomainError ? [error] : undefined;
  if (!errors) throw error;
  return errors.map((domainError) =>
    Object.assign(new UserError(), {
      field: domainError.field ?? null,
      message: domainError.message,
      code: domainError.code,
      reason: domainError.detail?.reason ?? null,
      params: Object.entries(domainError.detail?.params ?? {}).map(([name, value]) => Object.assign(new UserErrorParam(), { name, value })),
    }),
  );
}

const graphqlCodes: Record<DomainErrorCode, string> = {
  VALIDATION: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  DUPLICATE: "DUPLICATE",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  IDEMPOTENCY_KEY_REUSED: "IDEMPOTENCY_KEY_REUSED",
  LOCKED: "LOCKED",
  INVALID_TRANSITION: "INVALID_TRANSITION",
};

/**
 * The one error mapper for GraphQL errors (Apollo's `formatError`): domain errors keep their
 * message and get `extensions.code`; GraphQL's own errors (parse, validation, bad variables)
 * pass through; input that does not fit its column is BAD_USER_INPUT and an unreachable database
 * SERVICE_UNAVAILABLE (see database-errors.ts); anything unexpected is logged with the request
 * id and masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { ...formatted, message: original.message, extensions: { code: graphqlCodes[original.code], ...(original.field ? { field: original.field } : {}), ...(original.detail ? { reason: original.detail.reason, params: original.detail.params } : {}) } };
  }
  const code = formatted.extensions?.code;
  // A query limit's refusal (app/query-protection.ts) keeps its own code.
  const limit = formatted.extensions?.limit;
  if (code === "GRAPHQL_VALIDATION_FAILED" && typeof limit === "string") {
    const { limit: _limit, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code: limit } };
  }
  const isGraphQLOwn = original === error && typeof code === "string" && code !== "INTERNAL_SERVER_ERROR";
  if (isGraphQLOwn || (original === error && code === undefined)) return formatted;
  const databaseFault = databaseFaultOf(original);
  if (databaseFault) {
    if (databaseFault.fault === "UNAVAILABLE") console.error(`[request ${currentRequestContext()?.requestId ?? "unknown"}] database unavailable:`, original instanceof Error ? original.message : original);
    const code = databaseFault.fault === "BAD_INPUT" ? "BAD_USER_INPUT" : "SERVICE_UNAVAILABLE";
    return { message: databaseFault.message, ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}), extensions: { code } };
  }
  if (original instanceof GraphQLError && /^Too many errors processing variables/.test(original.message)) {
    return { message: original.message, extensions: { code: "BAD_USER_INPUT" } };
  }
  const requestId = currentRequestContext()?.requestId ?? "unknown";
  console.error(`[request ${requestId}] unexpected error:`, original);
  return {
    message: `Internal server error (request ${requestId})`,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
  };
}
