import { isMessageKey, useI18n, type I18n } from "../app/i18n/i18n.tsx";

/** A userError as the API sends it; `reason` and `params` let the app word it in the user's language. */
export interface UserErrorData {
  field?: readonly string[] | null;
  message: string;
  code: string;
  reason?: string | null;
  params?: readonly { name: string; value: string }[] | null;
}

/**
 * The text of a userError in the user's language: the translation of its reason when the
 * dictionaries know it, else the server's own (English) message in English and the code's
 * explanation in other languages.
 */
export function userErrorText(i18n: Pick<I18n, "t" | "locale">, error: UserErrorData): string {
  const params = Object.fromEntries((error.params ?? []).map((param) => [param.name, param.value]));
  const reasonKey = `serverError.${error.reason ?? ""}`;
  if (error.reason && isMessageKey(reasonKey)) return i18n.t(reasonKey, params);
  if (i18n.locale === "en") return error.message;
  const codeKey = `serverError.code.${error.code}`;
  return isMessageKey(codeKey) ? i18n.t(codeKey) : error.message;
}

/**
 * Server problems by field path below `prefix` (e.g. ["content"]): "targetAmount",
 * "promotions.0.endDate". Problems outside the prefix or without a field are left out.
 */
export function fieldErrorMap(i18n: Pick<I18n, "t" | "locale">, errors: readonly UserErrorData[], prefix: readonly string[] = []): Record<string, string> {
  const map: Record<string, string> = {};
  for (const error of errors) {
    const field = error.field ?? [];
    if (field.length <= prefix.length || prefix.some((segment, index) => field[index] !== segment)) continue;
    const key = field.slice(prefix.length).join(".");
    map[key] ??= userErrorText(i18n, error);
  }
  return map;
}

/** A list of problems in the user's language, e.g. below a form; `label` names what a problem concerns (its field, say). */
export function UserErrorList({ errors, title, label }: { errors: readonly UserErrorData[]; title: string; label?: (error: UserErrorData) => string | null }) {
  const i18n = useI18n();
  if (errors.length === 0) return null;
  return (
    <div className="user-errors" role="alert">
      <p>{title}</p>
      <ul>
        {errors.map((error, index) => {
          const fieldLabel = label ? label(error) : null;
          return (
            <li key={index} title={error.message}>
              {fieldLabel ? <strong>{fieldLabel}: </strong> : null}
              {userErrorText(i18n, error)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A field's problem, shown under the input it concerns (the input sets aria-describedby to `id`). */
export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <span className="field-error" id={id} role="alert">
      {text}
    </span>
  );
}
