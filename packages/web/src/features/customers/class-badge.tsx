import { useI18n } from "../../app/i18n/i18n.tsx";

/** A customer's ABC(D) class as a coloured badge; null means not classified yet. */
export function ClassBadge({ value }: { value: "A" | "B" | "C" | "D" | null | undefined }) {
  const { t } = useI18n();
  if (!value) return <span className="class-badge class-badge-none">{t("customers.unclassified")}</span>;
  return (
    <span className={`class-badge class-badge-${value.toLowerCase()}`} title={t("customers.classBadge", { class: value })}>
      {value}
    </span>
  );
}
