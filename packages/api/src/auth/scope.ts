import type { FilterQuery } from "@mikro-orm/core";
import type { Customer } from "../customers/customer.entity.ts";
import { DomainError } from "../shared/domain-error.ts";
import { Role } from "../org/role.ts";
import type { Territory } from "../org/territory.entity.ts";
import type { Viewer } from "./viewer.ts";

/** A SQL condition with its positional parameters, to be ANDed into a query. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/** What decides whether the viewer may read a customer's sensitive sections. */
export interface SensitiveCustomerFacts {
  territoryId: string;
  responsibleRepId: string | null;
}

// Matches nothing; used without a viewer so that a forgotten check fails closed.
const nothing = { id: { $in: [] as string[] } };

/**
 * The one place that decides who may see and change what:
 * - ADMIN sees and changes everything;
 * - MANAGER sees the customers of the territories they manage (membership MANAGER);
 * - REP sees the customers of the territories they are assigned to (membership REP);
 * - an API token sees the territories it was created for, with the role it was given;
 * - without a viewer nothing is visible.
 * Everything hanging off a customer (sales, contacts, visits, plans …) is visible exactly
 * when the customer is: features filter with {@link customerCondition} / {@link customerWhere}
 * / {@link customerChildWhere}. Out-of-scope objects are reported as NOT_FOUND, never FORBIDDEN.
 */
export class Scope {
  readonly viewer: Viewer | undefined;

  constructor(viewer: Viewer | undefined) {
    this.viewer = viewer;
  }

  /** Full rights for trusted operator tools run on the server (CLI imports, scripts), never for HTTP requests. */
  static forOperator(): Scope {
    return new Scope({ userId: "operator", role: Role.ADMIN, territoryIds: [], label: "operator" });
  }

  /** True for ADMIN viewers (users or API tokens), who see everything. */
  get isAdmin(): boolean {
    return this.viewer?.role === Role.ADMIN;
  }

  /** Territory ids the viewer is limited to; undefined when unlimited (ADMIN). */
  get territoryIds(): readonly string[] | undefined {
    if (!this.viewer) return [];
    return this.isAdmin ? undefined : this.viewer.territoryIds;
  }

  /** Restricts customer rows of the table aliased `alias`; its parameters are numbered from `$<firstParam>`. */
  customerCondition(alias: string, firstParam: number): SqlCondition {
    return this.territoryColumnCondition(`${alias}.territory_id`, firstParam);
  }

  /** Restricts territory rows of the table aliased `alias`, like {@link customerCondition}. */
  territoryCondition(alias: string, firstParam: number): SqlCondition {
    return this.territoryColumnCondition(`${alias}.id`, firstParam);
  }

  /** Restricts rows whose column `column` holds a territory id (e.g. `a.territory_id` of an audit entry). */
  territoryColumnCondition(column: string, firstParam: number): SqlCondition {
    if (!this.viewer) return { sql: "false", params: [] };
    const ids = this.territoryIds;
    if (!ids) return { sql: "true", params: [] };
    return { sql: `${column} = any($${firstParam}::uuid[])`, params: [[...ids]] };
  }

  /** The same restriction as {@link customerCondition}, for MikroORM queries. */
  customerWhere(): FilterQuery<Customer> {
    if (!this.viewer) return nothing;
    const ids = this.territoryIds;
    return ids ? { territory: { $in: [...ids] } } : {};
  }

  /** Restricts entities that belong to a customer through a `customer` relation (sales, contacts, visits, plans …). */
  customerChildWhere<Child extends { customer: unknown }>(): FilterQuery<Child> {
    return { customer: this.customerWhere() } as FilterQuery<Child>;
  }

  /** Restricts territories to those the viewer works in (all for ADMIN). */
  territoryWhere(): FilterQuery<Territory> {
    if (!this.viewer) return nothing;
    const ids = this.territoryIds;
    return ids ? { id: { $in: [...ids] } } : {};
  }

  /** Whether the customer lies in one of the viewer's territories (ADMIN: always). */
  seesTerritory(territoryId: string): boolean {
    const ids = this.territoryIds;
    return ids === undefined ? Boolean(this.viewer) : ids.includes(territoryId);
  }

  /**
   * Whether the viewer may read a customer's sensitive sections (credit profile, contacts' phone,
   * birthday and interests): ADMIN, the managers of its territory and its responsible rep.
   */
  maySeeSensitive(customer: SensitiveCustomerFacts): boolean {
    const viewer = this.viewer;
    if (!viewer) return false;
    if (viewer.role === Role.ADMIN) return true;
    if (viewer.role === Role.MANAGER) return viewer.territoryIds.includes(customer.territoryId);
    return !viewer.apiTokenId && customer.responsibleRepId === viewer.userId;
  }

  /** Whether the viewer may change some customers (every role may edit basic data of visible customers). */
  mayWriteCustomers(): boolean {
    return this.viewer !== undefined;
  }

  /** Whether the viewer may create customers in, or move customers into, the territory: ADMIN and its managers. */
  mayPlaceCustomersIn(territoryId: string): boolean {
    if (!this.viewer || this.viewer.role === Role.REP) return false;
    return this.seesTerritory(territoryId);
  }

  /** Whether the viewer may archive customers they see, or change their responsible rep: ADMIN and MANAGER. */
  mayManageCustomers(): boolean {
    return this.viewer !== undefined && this.viewer.role !== Role.REP;
  }

  /** Whether the viewer may import sales figures (of the customers they see): ADMIN and MANAGER. */
  mayImportSales(): boolean {
    return this.viewer !== undefined && this.viewer.role !== Role.REP;
  }

  /** Whether the viewer may read the audit trail (ADMIN: all of it; MANAGER: their territories'). */
  mayReadAuditLog(): boolean {
    return this.viewer !== undefined && this.viewer.role !== Role.REP;
  }

  /** Whether the viewer may create, change and deactivate users: ADMIN. */
  mayManageUsers(): boolean {
    return this.viewer?.role === Role.ADMIN;
  }

  /** Whether the viewer may create and change regions and territories and assign their members: ADMIN. */
  mayManageOrganisation(): boolean {
    return this.viewer?.role === Role.ADMIN;
  }

  /** Whether the viewer may create, list and revoke API tokens: a signed-in ADMIN user, never a token. */
  mayManageApiTokens(): boolean {
    return this.viewer?.role === Role.ADMIN && !this.viewer.apiTokenId;
  }

  /**
   * Fails with FORBIDDEN unless `allowed`; for operations the role may never run
   * (not for single objects out of scope, which are NOT_FOUND).
   */
  require(allowed: boolean, what: string): void {
    if (!allowed) throw new DomainError("FORBIDDEN", `your role (${this.viewer?.role ?? "signed out"}) may not ${what}`);
  }
}

declare module "../shared/context.ts" {
  interface GraphQLContext {
    /** Undefined when the request carries no valid token; `authProblem` then says why. */
    viewer: Viewer | undefined;
    authProblem: string | undefined;
    /** Decides what the viewer may see (nothing without a viewer). */
    scope: Scope;
  }
}
