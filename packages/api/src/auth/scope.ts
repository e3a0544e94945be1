import type { FilterQuery } from "@mikro-orm/core";
import type { Customer } from "../customers/customer.entity.ts";
import type { Territory } from "../org/territory.entity.ts";
import { Role } from "../org/role.ts";
import type { Viewer } from "./viewer.ts";

/** A SQL condition with its positional parameters, to be ANDed into a query. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * The one place that decides who may see and change what. Root queries, `node` and
 * loaders that fetch by id go through it, so that role-based scoping (a rep sees the
 * customers of their territories, a manager those of the territories they manage)
 * changes only this class. Today every signed-in user sees and changes everything;
 * without a viewer nothing is visible.
 */
export class Scope {
  readonly viewer: Viewer | undefined;

  constructor(viewer: Viewer | undefined) {
    this.viewer = viewer;
  }

  /** Full rights for trusted operator tools run on the server (CLI imports, scripts), never for HTTP requests. */
  static forOperator(): Scope {
    return new Scope({ userId: "operator", role: Role.ADMIN });
  }

  /** Restricts customer rows of the table aliased `alias`; its parameters are numbered from `$<firstParam>`. */
  customerCondition(alias: string, firstParam: number): SqlCondition {
    void alias;
    void firstParam;
    return { sql: this.viewer ? "true" : "false", params: [] };
  }

  /** The same restriction as {@link customerCondition}, for MikroORM queries. */
  customerWhere(): FilterQuery<Customer> {
    return this.viewer ? {} : { id: { $in: [] } };
  }

  /** Restricts territories (e.g. to those a rep works in or a manager leads). */
  territoryWhere(): FilterQuery<Territory> {
    return this.viewer ? {} : { id: { $in: [] } };
  }

  /** Whether the viewer may create, change or archive customers. */
  mayWriteCustomers(): boolean {
    return this.viewer !== undefined;
  }

  /** Whether the viewer may import sales figures. */
  mayImportSales(): boolean {
    return this.viewer !== undefined;
  }
}
