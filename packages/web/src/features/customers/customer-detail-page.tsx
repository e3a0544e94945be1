import { useQuery } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { Loading, QueryError } from "../../app/query-state.tsx";
import { Link } from "../../app/router.tsx";
import { graphql } from "../../gql/index.ts";
import { CustomerClassSection } from "../classification/customer-class-section.tsx";
import { ClassBadge } from "./class-badge.tsx";
import { BasicDataSection, ContactsSection, CreditProfileSection, OperatingProfileSection, StoresSection, type CustomerDetail } from "./customer-sections.tsx";
import { CustomerSalesChart } from "./customer-sales-chart.tsx";

/** Every archive section of one customer, fetched through `node(id:)`. */
export const CustomerDetailQuery = graphql(`
  query CustomerDetail($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Customer {
        code
        name
        type
        channel
        scale
        address
        latitude
        longitude
        registrationNo
        taxNo
        bankAccount
        status
        version
        class
        createdAt
        updatedAt
        territory {
          id
          code
          name
          region {
            id
            code
            name
          }
        }
        responsibleRep {
          id
          name
          email
        }
        restrictedSections {
          section
        }
        creditProfile {
          registeredCapital
          yearsInBusiness
          creditLimit
          creditTermDays
          settlementDay
          paymentTerms
          badCredit
        }
        operatingProfile {
          salesStaff
          marketCoverage
          floorArea
          storageArea
          transportMode
          deliveryAddresses
        }
        contacts {
          id
          name
          title
          phone
          email
          birthday
          interests
          tier
        }
        stores {
          id
          code
          name
          address
          latitude
          longitude
        }
      }
    }
  }
`);

// The API returns withheld sections as null and lists them here; null alone would read as "not recorded".
function isWithheld(customer: CustomerDetail, section: CustomerDetail["restrictedSections"][number]["section"]): boolean {
  return customer.restrictedSections.some((restricted) => restricted.section === section);
}

/** One customer's complete archive and its sales chart. */
export function CustomerDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CustomerDetailQuery, variables: { id } });

  const back = (
    <Link to={{ name: "customers", params: {} }} className="back-link">
      ← {t("detail.back")}
    </Link>
  );

  if (fetching && !data) return <Loading />;
  if (error) {
    return (
      <section>
        {back}
        <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />
      </section>
    );
  }
  const node = data?.node;
  if (!node || node.__typename !== "Customer") {
    return (
      <section>
        {back}
        <p className="status-empty" role="alert">
          {t("detail.notFound")}
        </p>
      </section>
    );
  }

  const customer: CustomerDetail = node;
  return (
    <article className="customer-detail" aria-labelledby="customer-title">
      {back}
      <h1 id="customer-title">
        <span className="customer-code">{customer.code}</span> {customer.name} <ClassBadge value={customer.class} />
      </h1>
      <BasicDataSection customer={customer} bankAndTaxWithheld={isWithheld(customer, "BANK_AND_TAX_DATA")} />
      <CustomerSalesChart customerId={customer.id} customerName={customer.name} />
      <CustomerClassSection customerId={customer.id} />
      <CreditProfileSection profile={customer.creditProfile} withheld={isWithheld(customer, "CREDIT_PROFILE")} />
      <OperatingProfileSection profile={customer.operatingProfile} />
      <ContactsSection contacts={customer.contacts} personalDataWithheld={isWithheld(customer, "CONTACT_PERSONAL_DATA")} />
      <StoresSection stores={customer.stores} />
    </article>
  );
}

