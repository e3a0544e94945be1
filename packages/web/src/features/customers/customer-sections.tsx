import type { ReactNode } from "react";
import { useI18n, type MessageKey } from "../../app/i18n/i18n.tsx";
import type { CustomerDetailQuery } from "../../gql/graphql.ts";
import { ClassBadge } from "./class-badge.tsx";

/** The customer part of the detail query's result (CustomerDetailQuery in customer-detail-page.tsx). */
export type CustomerDetail = Extract<NonNullable<CustomerDetailQuery["node"]>, { __typename: "Customer" }>;

type Value = ReactNode | string | number | null | undefined;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="detail-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Label/value pairs; a missing value shows a dash so an empty field is visibly empty. */
function Fields({ rows }: { rows: readonly (readonly [MessageKey, Value])[] }) {
  const { t } = useI18n();
  return (
    <dl className="fields">
      {rows.map(([label, value]) => (
        <div key={label} className="field">
          <dt>{t(label)}</dt>
          <dd>{value === null || value === undefined || value === "" ? t("common.none") : value}</dd>
        </div>
      ))}
    </dl>
  );
}

function coordinates(latitude: number | null | undefined, longitude: number | null | undefined): string | null {
  if (latitude == null || longitude == null) return null;
  return `${latitude.toFixed(5)}, ${longitude.toFixed(5)}`;
}

/** Identity, registration, territory and bookkeeping fields; bank account and tax number say so when withheld. */
export function BasicDataSection({ customer, bankAndTaxWithheld = false }: { customer: CustomerDetail; bankAndTaxWithheld?: boolean }) {
  const { t, codeLabel, formatDateTime } = useI18n();
  const region = customer.territory.region;
  const withheld = <span className="withheld">{t("detail.withheld")}</span>;
  return (
    <Section id="section-basic" title={t("detail.basic")}>
      <Fields
        rows={[
          ["detail.code", customer.code],
          ["detail.name", customer.name],
          ["detail.type", t(`customerType.${customer.type}` as MessageKey)],
          ["detail.status", t(`customerStatus.${customer.status}` as MessageKey)],
          ["detail.class", <ClassBadge value={customer.class} />],
          ["detail.channel", codeLabel("channel", customer.channel)],
          ["detail.scale", codeLabel("scale", customer.scale)],
          ["detail.address", customer.address],
          ["detail.coordinates", coordinates(customer.latitude, customer.longitude)],
          ["detail.registrationNo", customer.registrationNo],
          ["detail.taxNo", bankAndTaxWithheld ? withheld : customer.taxNo],
          ["detail.bankAccount", bankAndTaxWithheld ? withheld : customer.bankAccount],
          ["detail.territory", `${customer.territory.code} · ${customer.territory.name}`],
          ["detail.region", `${region.code} · ${region.name}`],
          ["detail.responsibleRep", customer.responsibleRep ? `${customer.responsibleRep.name} <${customer.responsibleRep.email}>` : null],
          ["detail.version", customer.version],
          ["detail.createdAt", formatDateTime(customer.createdAt)],
          ["detail.updatedAt", formatDateTime(customer.updatedAt)],
        ]}
      />
    </Section>
  );
}

/** Capital, credit limit and payment terms; `withheld` when the viewer may not read them. */
export function CreditProfileSection({ profile, withheld = false }: { profile: CustomerDetail["creditProfile"]; withheld?: boolean }) {
  const { t, formatAmount } = useI18n();
  return (
    <Section id="section-credit" title={t("detail.credit")}>
      {withheld ? (
        <p className="status-empty">{t("detail.creditWithheld")}</p>
      ) : profile ? (
        <Fields
          rows={[
            ["detail.registeredCapital", profile.registeredCapital == null ? null : formatAmount(profile.registeredCapital)],
            ["detail.yearsInBusiness", profile.yearsInBusiness],
            ["detail.creditLimit", profile.creditLimit == null ? null : formatAmount(profile.creditLimit)],
            ["detail.creditTermDays", profile.creditTermDays],
            ["detail.settlementDay", profile.settlementDay],
            ["detail.paymentTerms", profile.paymentTerms],
            ["detail.badCredit", t(profile.badCredit ? "common.yes" : "common.no")],
          ]}
        />
      ) : (
        <p className="status-empty">{t("detail.creditMissing")}</p>
      )}
    </Section>
  );
}

/** Staff, areas, transport and delivery addresses. */
export function OperatingProfileSection({ profile }: { profile: CustomerDetail["operatingProfile"] }) {
  const { t, codeLabel, formatNumber } = useI18n();
  return (
    <Section id="section-operating" title={t("detail.operating")}>
      {profile ? (
        <Fields
          rows={[
            ["detail.salesStaff", profile.salesStaff],
            ["detail.marketCoverage", profile.marketCoverage],
            ["detail.floorArea", profile.floorArea == null ? null : formatNumber(profile.floorArea)],
            ["detail.storageArea", profile.storageArea == null ? null : formatNumber(profile.storageArea)],
            ["detail.transportMode", codeLabel("transportMode", profile.transportMode)],
            [
              "detail.deliveryAddresses",
              profile.deliveryAddresses.length === 0 ? null : (
                <ul className="plain-list">
                  {profile.deliveryAddresses.map((address) => (
                    <li key={address}>{address}</li>
                  ))}
                </ul>
              ),
            ],
          ]}
        />
      ) : (
        <p className="status-empty">{t("detail.operatingMissing")}</p>
      )}
    </Section>
  );
}

/** The customer's contacts with their information tier; `personalDataWithheld` when phone, birthday and interests were withheld. */
export function ContactsSection({ contacts, personalDataWithheld = false }: { contacts: CustomerDetail["contacts"]; personalDataWithheld?: boolean }) {
  const { t } = useI18n();
  const none = t("common.none");
  return (
    <Section id="section-contacts" title={t("detail.contacts")}>
      {personalDataWithheld && contacts.length > 0 ? <p className="notice">{t("detail.contactsWithheld")}</p> : null}
      {contacts.length === 0 ? (
        <p className="status-empty">{t("detail.contactsMissing")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("detail.contactName")}</th>
              <th scope="col">{t("detail.contactTitle")}</th>
              <th scope="col">{t("detail.contactPhone")}</th>
              <th scope="col">{t("detail.contactEmail")}</th>
              <th scope="col">{t("detail.contactBirthday")}</th>
              <th scope="col">{t("detail.contactInterests")}</th>
              <th scope="col">{t("detail.contactTier")}</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((contact) => (
              <tr key={contact.id}>
                <td>{contact.name}</td>
                <td>{contact.title || none}</td>
                <td className="nowrap">{contact.phone || none}</td>
                <td>{contact.email || none}</td>
                <td className="nowrap">{contact.birthday || none}</td>
                <td>{contact.interests || none}</td>
                <td>
                  <span className={`tier-badge tier-${contact.tier.toLowerCase()}`}>{t(`tier.${contact.tier}` as MessageKey)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

/** The customer's stores (outlets) with their locations. */
export function StoresSection({ stores }: { stores: CustomerDetail["stores"] }) {
  const { t } = useI18n();
  const none = t("common.none");
  return (
    <Section id="section-stores" title={t("detail.stores")}>
      {stores.length === 0 ? (
        <p className="status-empty">{t("detail.storesMissing")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("detail.storeCode")}</th>
              <th scope="col">{t("detail.storeName")}</th>
              <th scope="col">{t("detail.storeAddress")}</th>
              <th scope="col">{t("detail.storeCoordinates")}</th>
            </tr>
          </thead>
          <tbody>
            {stores.map((store) => (
              <tr key={store.id}>
                <td>{store.code}</td>
                <td>{store.name}</td>
                <td>{store.address || none}</td>
                <td>{coordinates(store.latitude, store.longitude) ?? none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
