import { useEffect, useState, type FormEvent } from "react";
import { useQuery } from "urql";
import { useI18n, type MessageKey } from "../../app/i18n/i18n.tsx";
import { errorText } from "../../app/query-state.tsx";
import type { CustomerListParams } from "../../app/router.tsx";
import { graphql } from "../../gql/index.ts";

/** Territories offered in the territory filter. */
export const CustomerFilterTerritoriesQuery = graphql(`
  query CustomerFilterTerritories {
    territories {
      id
      code
      name
    }
  }
`);

const customerTypes = ["RETAIL", "DEALER", "KEY_ACCOUNT"] as const;
const customerStatuses = ["ACTIVE", "ARCHIVED"] as const;
const customerClasses = ["A", "B", "C", "D"] as const;

interface OptionSelectProps {
  label: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange(value: string | undefined): void;
}

function OptionSelect({ label, value, options, onChange }: OptionSelectProps) {
  const { t } = useI18n();
  return (
    <label>
      {label}
      <select value={value ?? ""} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{t("customers.any")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Search box and the territory, type, status and class filters of the customer list. */
export function CustomerFilters({ params, onChange, showMine = false }: { params: CustomerListParams; onChange(params: CustomerListParams): void; /** Offer "only my customers" (the viewer is a rep). */ showMine?: boolean }) {
  const { t } = useI18n();
  const [search, setSearch] = useState(params.search ?? "");
  const [{ data: territoryData, error: territoryError }] = useQuery({ query: CustomerFilterTerritoriesQuery });

  // The URL is the source of truth: "back" or "clear" must also reset the box.
  useEffect(() => setSearch(params.search ?? ""), [params.search]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange({ ...params, search: search.trim() || undefined, pages: undefined });
  }

  const enumOptions = (prefix: "customerType" | "customerStatus", values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));

  const territories = territoryData?.territories ?? [];
  // An unknown territory id in the URL still needs an option, or the select would show "All".
  const territoryOptions = territories.map((territory) => ({ value: territory.id, label: `${territory.code} · ${territory.name}` }));
  if (params.territoryId && !territories.some((territory) => territory.id === params.territoryId)) {
    territoryOptions.push({ value: params.territoryId, label: params.territoryId });
  }

  return (
    <form className="customer-filters" role="search" aria-label={t("customers.filters")} onSubmit={submit}>
      <label className="customer-search">
        {t("customers.search")}
        <input type="search" name="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </label>
      <button type="submit">{t("customers.searchButton")}</button>
      <OptionSelect
        label={t("customers.territory")}
        value={params.territoryId}
        options={territoryOptions}
        onChange={(territoryId) => onChange({ ...params, territoryId, pages: undefined })}
      />
      <OptionSelect
        label={t("customers.type")}
        value={params.type}
        options={enumOptions("customerType", customerTypes)}
        onChange={(type) => onChange({ ...params, type, pages: undefined })}
      />
      <OptionSelect
        label={t("customers.status")}
        value={params.status}
        options={enumOptions("customerStatus", customerStatuses)}
        onChange={(status) => onChange({ ...params, status, pages: undefined })}
      />
      <OptionSelect
        label={t("customers.class")}
        value={params.class}
        options={customerClasses.map((value) => ({ value, label: t("customers.classBadge", { class: value }) }))}
        onChange={(value) => onChange({ ...params, class: value, pages: undefined })}
      />
      {showMine ? (
        <label className="checkbox">
          <input type="checkbox" name="mine" checked={params.mine === "1"} onChange={(event) => onChange({ ...params, mine: event.target.checked ? "1" : undefined, pages: undefined })} />
          {t("customers.mine")}
        </label>
      ) : null}
      <button type="button" onClick={() => onChange({})}>
        {t("customers.clearFilters")}
      </button>
      {territoryError ? (
        <span className="status-error" role="alert">
          {t("status.error", { message: errorText(territoryError) })}
        </span>
      ) : null}
    </form>
  );
}
