import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { errorText, Loading, QueryError } from "../../app/query-state.tsx";
import { useSession } from "../../app/session.tsx";
import { graphql } from "../../gql/index.ts";
import { ClassBadge } from "../customers/class-badge.tsx";
import "./classification.css";
import { classReasonText } from "./class-reason-text.ts";
import { userErrorText } from "../../shared/user-errors.tsx";

/** A customer's class, the manual override that holds and the class history. */
export const CustomerClassQuery = graphql(`
  query CustomerClass($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Customer {
        class
        classOverride {
          class
          reason
          until
          actor {
            id
            name
          }
        }
        classHistory {
          fromClass
          toClass
          source
          reason
          reasonDetail {
            ...ClassReasonFields
          }
          assignedAt
          actor {
            id
            name
          }
        }
      }
    }
  }
`);

/** Sets a customer's class by hand. */
export const OverrideCustomerClassMutation = graphql(`
  mutation OverrideCustomerClass($input: OverrideCustomerClassInput!) {
    overrideCustomerClass(input: $input) {
      customer {
        id
        class
      }
      userErrors {
        code
        message
        field
        reason
        params {
          name
          value
        }
      }
    }
  }
`);

const classes = ["A", "B", "C", "D"] as const;
type CustomerClass = (typeof classes)[number];

/** The "Class" section of the customer page: current class, override with reason (admins and managers) and history. */
export function CustomerClassSection({ customerId }: { customerId: string }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { session } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CustomerClassQuery, variables: { id: customerId } });
  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  const node = data?.node;
  if (!node || node.__typename !== "Customer") return null;
  const override = node.classOverride;
  const mayOverride = session?.user.role === "ADMIN" || session?.user.role === "MANAGER";
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });

  return (
    <section className="detail-section customer-class" aria-labelledby="customer-class-title">
      <h2 id="customer-class-title">{t("customerClass.title")}</h2>
      <p>
        {t("customerClass.current")}: <ClassBadge value={node.class} />
      </p>
      {override ? (
        <p className="class-override">
          {override.until
            ? t("customerClass.override", { class: override.class, until: override.until, reason: override.reason, actor: override.actor?.name ?? t("customerClass.history.system") })
            : t("customerClass.overrideOpenEnded", { class: override.class, reason: override.reason, actor: override.actor?.name ?? t("customerClass.history.system") })}
        </p>
      ) : null}
      {mayOverride ? <OverrideForm customerId={customerId} onSaved={() => refetch({ requestPolicy: "network-only" })} /> : null}

      <h3>{t("customerClass.history.title")}</h3>
      {node.classHistory.length === 0 ? (
        <p className="status-empty">{t("customerClass.history.empty")}</p>
      ) : (
        <table className="data-table class-history">
          <thead>
            <tr>
              <th scope="col">{t("customerClass.history.when")}</th>
              <th scope="col">{t("customerClass.history.change")}</th>
              <th scope="col">{t("customerClass.history.source")}</th>
              <th scope="col">{t("customerClass.history.reason")}</th>
              <th scope="col">{t("customerClass.history.actor")}</th>
            </tr>
          </thead>
          <tbody>
            {node.classHistory.map((entry, index) => (
              <tr key={`${entry.assignedAt}-${index}`}>
                <td>{dateTime.format(new Date(entry.assignedAt))}</td>
                <td>
                  <ClassBadge value={entry.fromClass} /> → <ClassBadge value={entry.toClass} />
                </td>
                <td>{t(`customerClass.source.${entry.source}`)}</td>
                <td className="reason">{classReasonText(i18n, entry.reasonDetail, entry.reason)}</td>
                <td>{entry.actor?.name ?? t("customerClass.history.system")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function OverrideForm({ customerId, onSaved }: { customerId: string; onSaved: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [customerClass, setCustomerClass] = useState<CustomerClass>("A");
  const [reason, setReason] = useState("");
  const [until, setUntil] = useState("");
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [{ fetching }, override] = useMutation(OverrideCustomerClassMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === "") {
      setMessage({ kind: "error", text: t("customerClass.form.reasonRequired") });
      return;
    }
    const result = await override({ input: { customerId, class: customerClass, reason: reason.trim(), until: until || null } });
    const payload = result.data?.overrideCustomerClass;
    if (result.error || !payload?.customer) {
      const text = result.error ? errorText(result.error) : (payload?.userErrors.map((userError) => userErrorText(i18n, userError)).join("; ") ?? "");
      setMessage({ kind: "error", text: t("customerClass.form.failed", { message: text }) });
      return;
    }
    setMessage({ kind: "ok", text: t("customerClass.form.saved") });
    setReason("");
    onSaved();
  };

  return (
    <form className="class-override-form" onSubmit={(event) => void submit(event)} aria-label={t("customerClass.form.title")}>
      <label>
        {t("customerClass.form.class")}{" "}
        <select value={customerClass} onChange={(event) => setCustomerClass(event.target.value as CustomerClass)}>
          {classes.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("customerClass.form.reason")} <input type="text" value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} />
      </label>
      <label>
        {t("customerClass.form.until")} <input type="date" value={until} onChange={(event) => setUntil(event.target.value)} />
      </label>
      <button type="submit" disabled={fetching}>
        {fetching ? t("customerClass.form.saving") : t("customerClass.form.submit")}
      </button>
      {message ? (
        <p className={message.kind === "ok" ? "status status-ok" : "status status-error"} role={message.kind === "ok" ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
