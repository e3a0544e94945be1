import { useQuery } from "urql";
import { CursorPager, urlCursorPages } from "../../app/cursor-pager.tsx";
import { useSession } from "../../app/session.tsx";
import { useI18n, type MessageKey } from "../../app/i18n/i18n.tsx";
import { Loading, QueryError } from "../../app/query-state.tsx";
import { Link, navigate, routeHref, type CustomerListParams } from "../../app/router.tsx";
import { graphql } from "../../gql/index.ts";
import type { CustomerClass, CustomerFilter, CustomerOrder, CustomerOrderField, CustomerStatus, CustomerType } from "../../gql/graphql.ts";
import { ClassBadge } from "./class-badge.tsx";
import { CustomerFilters } from "./customer-filters.tsx";

/** One page of customers, keyset-paged with `first`/`after`. */
export const CustomerListQuery = graphql(`
  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          name
          type
          status
          class
          territory {
            id
            code
            name
          }
          responsibleRep {
            id
            name
          }
          averageMonthlySales(months: 3)
        }
      }
    }
  }
`);

/** Rows per page of the customer list. */
export const customerPageSize = 25;

const customerTypes: readonly CustomerType[] = ["RETAIL", "DEALER", "KEY_ACCOUNT"];
const customerStatuses: readonly CustomerStatus[] = ["ACTIVE", "ARCHIVED"];
const customerClasses: readonly CustomerClass[] = ["A", "B", "C", "D"];

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((candidate) => candidate === value);
}

/**
 * Turns URL parameters into the API filter. Values that are not members of
 * the enums (a hand-edited URL) are dropped instead of failing the query.
 */
export function toCustomerFilter(params: CustomerListParams, viewerId?: string): CustomerFilter {
  return {
    search: params.search || undefined,
    territoryId: params.territoryId || undefined,
    type: oneOf(customerTypes, params.type),
    status: oneOf(customerStatuses, params.status),
    class: oneOf(customerClasses, params.class),
    repId: params.mine === "1" && viewerId ? viewerId : undefined,
  };
}

const orderFields: readonly CustomerOrderField[] = ["CODE", "NAME", "SALES_LAST_3_MONTHS"];

/** The URL's sort ("NAME", "-SALES_LAST_3_MONTHS") as the API order; an unknown column falls back to the API's default. */
export function toCustomerOrder(sort: string | undefined): CustomerOrder | undefined {
  const descending = sort?.startsWith("-") ?? false;
  const field = oneOf(orderFields, descending ? sort?.slice(1) : sort);
  return field ? { field, direction: descending ? "DESC" : "ASC" } : undefined;
}

/** The cursor stack of the URL's `pages`. */
function cursorStack(params: CustomerListParams): string[] {
  return params.pages ? params.pages.split(",").filter(Boolean) : [];
}

/** A sortable column header: a click sorts by it, a second click reverses the order. */
function SortHeader({ field, label, params, numeric = false }: { field: CustomerOrderField; label: string; params: CustomerListParams; numeric?: boolean }) {
  const { t } = useI18n();
  const order = toCustomerOrder(params.sort);
  const active = order?.field === field;
  const next = active && order?.direction === "ASC" ? `-${field}` : field;
  return (
    <th scope="col" className={numeric ? "numeric" : undefined} aria-sort={active ? (order?.direction === "ASC" ? "ascending" : "descending") : "none"}>
      <button type="button" className="sort-button" title={t("customers.sortBy", { column: label })} onClick={() => navigate({ name: "customers", params: { ...params, sort: next, pages: undefined } })}>
        {label}
        {active ? (order?.direction === "ASC" ? " ▲" : " ▼") : ""}
      </button>
    </th>
  );
}

function CustomerResults({ params }: { params: CustomerListParams }) {
  const { t, formatAmount } = useI18n();
  const { session } = useSession();
  const stack = cursorStack(params);
  const pages = urlCursorPages(stack, (next) => navigate({ name: "customers", params: { ...params, pages: next.length > 0 ? next.join(",") : undefined } }));
  const after = pages.after;
  const [{ data, fetching, error, operation }, refetch] = useQuery({
    query: CustomerListQuery,
    variables: { first: customerPageSize, after, filter: toCustomerFilter(params, session?.user.id), orderBy: toCustomerOrder(params.sort) },
  });
  // While the next page loads the previous page's rows stay on screen: the label names those.
  const shownAfter = (operation?.variables as { after?: string | null } | undefined)?.after ?? null;
  const shownPage = shownAfter === null ? 1 : stack.indexOf(shownAfter) + 2 || pages.page;

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!data) return <Loading />;

  const { edges, pageInfo, totalCount } = data.customers;
  return (
    <>
      <p className="customer-total" aria-live="polite">
        {t("customers.total", { count: totalCount })}
      </p>
      {edges.length === 0 ? (
        <p className="status-empty">{t("customers.empty")}</p>
      ) : (
        <table className="customer-table" aria-busy={fetching}>
          <thead>
            <tr>
              <SortHeader field="CODE" label={t("customers.column.code")} params={params} />
              <SortHeader field="NAME" label={t("customers.column.name")} params={params} />
              <th scope="col">{t("customers.column.type")}</th>
              <th scope="col">{t("customers.column.status")}</th>
              <th scope="col">{t("customers.column.territory")}</th>
              <th scope="col">{t("customers.column.rep")}</th>
              <th scope="col">{t("customers.column.class")}</th>
              <SortHeader field="SALES_LAST_3_MONTHS" label={t("customers.column.averageSales")} params={params} numeric />
            </tr>
          </thead>
          <tbody>
            {edges.map(({ node: customer }) => (
              <tr key={customer.id}>
                <td className="nowrap">
                  <Link to={{ name: "customer", id: customer.id }}>{customer.code}</Link>
                </td>
                <td>
                  <Link to={{ name: "customer", id: customer.id }}>{customer.name}</Link>
                </td>
                <td>{t(`customerType.${customer.type}` as MessageKey)}</td>
                <td>{t(`customerStatus.${customer.status}` as MessageKey)}</td>
                <td>{customer.territory.name}</td>
                <td>{customer.responsibleRep?.name ?? t("common.none")}</td>
                <td className="nowrap">
                  <ClassBadge value={customer.class} />
                </td>
                <td className="numeric">
                  {customer.averageMonthlySales == null ? t("common.none") : formatAmount(customer.averageMonthlySales)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CursorPager pages={pages} pageInfo={pageInfo} fetching={fetching} label={t("customers.pagination")} shownPage={shownPage} />
    </>
  );
}

/** The customer list: filters from the URL, one keyset page at a time. */
export function CustomerListPage({ params }: { params: CustomerListParams }) {
  const { t } = useI18n();
  const { session } = useSession();
  return (
    <section className="customer-list">
      <h1>{t("customers.title")}</h1>
      <CustomerFilters params={params} onChange={(next) => navigate({ name: "customers", params: next })} showMine={session?.user.role === "REP"} />
      {/* A new filter or sort starts again at page one (the handlers drop `pages`); the page itself is in the URL. */}
      <CustomerResults key={routeHref({ name: "customers", params: { ...params, pages: undefined } })} params={params} />
    </section>
  );
}
