import { useQuery } from "urql";
import { CursorPager, useCursorPages } from "../../app/cursor-pager.tsx";
import { useI18n, type MessageKey } from "../../app/i18n/i18n.tsx";
import { Loading, QueryError } from "../../app/query-state.tsx";
import { Link, navigate, routeHref, type CustomerListParams } from "../../app/router.tsx";
import { graphql } from "../../gql/index.ts";
import type { CustomerClass, CustomerFilter, CustomerStatus, CustomerType } from "../../gql/graphql.ts";
import { ClassBadge } from "./class-badge.tsx";
import { CustomerFilters } from "./customer-filters.tsx";

/** One page of customers, keyset-paged with `first`/`after`. */
export const CustomerListQuery = graphql(`
  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter) {
    customers(first: $first, after: $after, filter: $filter) {
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
export function toCustomerFilter(params: CustomerListParams): CustomerFilter {
  return {
    search: params.search || undefined,
    territoryId: params.territoryId || undefined,
    type: oneOf(customerTypes, params.type),
    status: oneOf(customerStatuses, params.status),
    class: oneOf(customerClasses, params.class),
  };
}

function CustomerResults({ params }: { params: CustomerListParams }) {
  const { t, formatNumber, formatAmount } = useI18n();
  const pages = useCursorPages();
  const after = pages.after;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CustomerListQuery,
    variables: { first: customerPageSize, after, filter: toCustomerFilter(params) },
  });

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!data) return <Loading />;

  const { edges, pageInfo, totalCount } = data.customers;
  return (
    <>
      <p className="customer-total" aria-live="polite">
        {t("customers.total", { count: formatNumber(totalCount, 0) })}
      </p>
      {edges.length === 0 ? (
        <p className="status-empty">{t("customers.empty")}</p>
      ) : (
        <table className="customer-table" aria-busy={fetching}>
          <thead>
            <tr>
              <th scope="col">{t("customers.column.code")}</th>
              <th scope="col">{t("customers.column.name")}</th>
              <th scope="col">{t("customers.column.type")}</th>
              <th scope="col">{t("customers.column.status")}</th>
              <th scope="col">{t("customers.column.territory")}</th>
              <th scope="col">{t("customers.column.rep")}</th>
              <th scope="col">{t("customers.column.class")}</th>
              <th scope="col" className="numeric">
                {t("customers.column.averageSales")}
              </th>
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
      <CursorPager pages={pages} pageInfo={pageInfo} fetching={fetching} label={t("customers.pagination")} />
    </>
  );
}

/** The customer list: filters from the URL, one keyset page at a time. */
export function CustomerListPage({ params }: { params: CustomerListParams }) {
  const { t } = useI18n();
  return (
    <section className="customer-list">
      <h1>{t("customers.title")}</h1>
      <CustomerFilters params={params} onChange={(next) => navigate({ name: "customers", params: next })} />
      {/* A new filter starts again at page one: keying by the URL drops the cursor stack. */}
      <CustomerResults key={routeHref({ name: "customers", params })} params={params} />
    </section>
  );
}
