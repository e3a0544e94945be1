import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from "graphql";
import { DomainError } from "./domain-error.ts";

/** Page size bounds of every connection. */
export const pageSize = { default: 50, min: 1, max: 500 } as const;

/** Deepest field nesting a query may have. */
export const maxQueryDepth = 12;

/**
 * Checks a connection's `first` argument.
 * @throws DomainError VALIDATION (BAD_USER_INPUT) stating the bounds and the value received.
 */
export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < pageSize.min || first > pageSize.max) {
    throw new DomainError("VALIDATION", `first must be ${pageSize.min}..${pageSize.max}, got ${first}`, ["first"]);
  }
  return first;
}

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, visited: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.name.value.startsWith("__") ? 0 : 1 + depthOf(selection.selectionSet, fragments, visited));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visited));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (fragment && !visited.has(name)) deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...visited, name])));
    }
  }
  return deepest;
}

/** Validation rule refusing operations nested deeper than `limit` fields. */
export function depthLimitRule(limit: number): (context: ValidationContext) => ASTVisitor {
  return (context) => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set());
        if (depth > limit) {
          context.reportError(new GraphQLError(`query depth must be at most ${limit}, got ${depth}`, { nodes: [operation], extensions: { code: "QUERY_TOO_DEEP" } }));
        }
      },
    };
  };
}
