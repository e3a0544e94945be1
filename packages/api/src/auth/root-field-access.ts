/** Root fields that anonymous requests may call. */
export const publicRootFields: ReadonlySet<string> = new Set(["login"]);

/**
 * Who may use each root field, as reviewed when the field was added. Visibility itself is
 * enforced by `Scope` (customers, territories, users) and the services; this list is what the
 * authorization matrix test prints, and that test fails for any root field missing here, so a
 * new operation cannot ship without someone stating its rule.
 */
export const rootFieldAccess: Readonly<Record<string, string>> = {
  // Queries
  node: "any viewer; objects outside the viewer's scope are null, exactly like unknown IDs",
  me: "any viewer; null for API tokens",
  territories: "ADMIN all; MANAGER/REP their territories",
  customers: "ADMIN all; MANAGER/REP customers of their territories; totalCount counts only those",
  apiTokens: "signed-in ADMIN users only (FORBIDDEN otherwise)",
  auditLog: "ADMIN all; MANAGER entries about their territories; REP FORBIDDEN",
  // Mutations
  login: "anyone; rate-limited per account and per address",
  createCustomer: "ADMIN anywhere; MANAGER in their territories; REP FORBIDDEN",
  updateCustomer: "ADMIN all; MANAGER customers of their territories (moves only into them); REP basic data of visible customers, not territory or responsible rep; others NOT_FOUND",
  archiveCustomer: "ADMIN all; MANAGER customers of their territories; REP FORBIDDEN; others NOT_FOUND",
  importMonthlySales: "ADMIN all; MANAGER rows of their customers (others reported as unknown codes); REP FORBIDDEN",
  createApiToken: "signed-in ADMIN users only",
  revokeApiToken: "signed-in ADMIN users only",
};
