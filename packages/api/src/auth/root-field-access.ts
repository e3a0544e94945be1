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
  classificationPolicy: "territories the viewer sees (others NOT_FOUND)",
  previewClassification: "territories the viewer sees (others NOT_FOUND); writes nothing",
  paretoChart: "territories the viewer sees (others NOT_FOUND)",
  products: "any viewer (the catalogue is not customer data)",
  businessPlans: "plans of the customers the viewer sees",
  businessPlan: "plans of the customers the viewer sees; others null like unknown IDs",
  authorityLimits: "any viewer; role defaults for all, a user's own limit only when the viewer may see that user",
  // Mutations
  login: "anyone; rate-limited per account and per address",
  createCustomer: "ADMIN anywhere; MANAGER in their territories; REP FORBIDDEN",
  updateCustomer: "ADMIN all; MANAGER customers of their territories (moves only into them); REP basic data of visible customers, not territory or responsible rep; others NOT_FOUND",
  archiveCustomer: "ADMIN all; MANAGER customers of their territories; REP FORBIDDEN; others NOT_FOUND",
  importMonthlySales: "ADMIN all; MANAGER rows of their customers (others reported as unknown codes); REP FORBIDDEN",
  applyClassification: "ADMIN, or MANAGER for their territories; REP FORBIDDEN",
  overrideCustomerClass: "ADMIN and MANAGER, customers they see; REP FORBIDDEN",
  setClassificationPolicy: "ADMIN, or MANAGER for their territories",
  createBusinessPlan: "the rep of a customer they see",
  reviseBusinessPlan: "rep only, plans of customers they see",
  proposeBusinessPlan: "rep only, plans of customers they see",
  requestRevision: "rep only, plans of customers they see",
  approveBusinessPlan: "managers of the customer's territory",
  rejectBusinessPlan: "managers of the customer's territory",
  confirmBusinessPlan: "rep only, plans of customers they see",
  recordWeeklyProgress: "rep only, plans of customers they see",
  adjustBusinessPlan: "rep only, plans of customers they see",
  closeBusinessPlan: "rep only, plans of customers they see",
  setAuthorityLimit: "ADMIN only",
  createApiToken: "signed-in ADMIN users only",
  revokeApiToken: "signed-in ADMIN users only",
};
