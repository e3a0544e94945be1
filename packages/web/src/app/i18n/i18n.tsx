import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { IntlMessageFormat } from "intl-messageformat";
import { en, type MessageKey } from "./en.ts";
import { zhCN } from "./zh-cn.ts";

/** The languages the UI is translated into. */
export const locales = ["zh-CN", "en"] as const;

/** A supported UI language (BCP 47 tag). */
export type Locale = (typeof locales)[number];

/** Values of a message's ICU arguments: `{name}` placeholders and the numbers plurals choose by. */
export type MessageParams = Readonly<Record<string, string | number>>;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, "zh-CN": zhCN };

/** localStorage key under which the chosen language is remembered. */
export const localeStorageKey = "beatplan.locale";

/** True when `value` names a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** True when `key` is a message key (e.g. a code the API sent that has a translation). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

const formats = new Map<string, IntlMessageFormat>();

/** The compiled ICU message of `key` in `locale` (compiled once, then reused). */
export function messageFormat(locale: Locale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let format = formats.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(dictionaries[locale][key], locale);
    formats.set(cacheKey, format);
  }
  return format;
}

/** The names of the arguments an ICU message takes (`{name}`, `{count, plural, …}`), nested ones included. */
export function messageArguments(format: IntlMessageFormat): string[] {
  const names = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat["getAst"]>) => {
    for (const element of elements) {
      // Literal text (type 0) has a string value too, but names no argument; a plural's "#" has no value.
      if ("value" in element && typeof element.value === "string" && element.type !== 0) names.add(element.value);
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
      if ("children" in element) walk(element.children);
    }
  };
  walk(format.getAst());
  return [...names].sort();
}

/**
 * Formats the ICU message `key` of `locale` (placeholders, plurals, numbers) with `params`.
 * A placeholder without a value stays visible as `{name}` so the gap is noticed.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const format = messageFormat(locale, key);
  const values: Record<string, string | number> = { ...params };
  for (const name of messageArguments(format)) values[name] ??= `{${name}}`;
  return String(format.format(values));
}

/** Translation helpers bound to the current language. */
export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: MessageParams): string;
  /**
   * Translates a free-text code the API sends (channel, scale, transport mode)
   * when the dictionaries know it, and shows it unchanged otherwise.
   */
  codeLabel(group: "channel" | "scale" | "transportMode", code: string | null | undefined): string | null;
  /** Formats a number (or a Decimal string) with the locale's grouping. */
  formatNumber(value: number | string, maximumFractionDigits?: number): string;
  /** Formats a money amount (number or Decimal string) with exactly two decimals. */
  formatAmount(value: number | string): string;
  /** Formats an ISO date-time for reading. */
  formatDateTime(value: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(storage: Storage | undefined): Locale {
  const stored = storage?.getItem(localeStorageKey);
  if (isLocale(stored)) return stored;
  const browser = typeof navigator === "undefined" ? "" : navigator.language;
  return browser.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

function browserStorage(): Storage | undefined {
  return typeof localStorage === "undefined" ? undefined : localStorage;
}

/** Provides the UI language; the choice is remembered in localStorage. */
export function I18nProvider({ children, locale: forcedLocale }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => forcedLocale ?? initialLocale(browserStorage()));

  const setLocale = useCallback((next: Locale) => {
    browserStorage()?.setItem(localeStorageKey, next);
    setLocaleState(next);
  }, []);

  useEffect(() => {
    // Screen readers and the browser's own hyphenation follow the page language.
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const numberFormats = new Map<number, Intl.NumberFormat>();
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    const amountFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return {
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      codeLabel(group, code) {
        if (!code) return null;
        const key = `${group}.${code}`;
        return isMessageKey(key) ? translate(locale, key) : code;
      },
      formatNumber(value, maximumFractionDigits = 2) {
        let format = numberFormats.get(maximumFractionDigits);
        if (!format) {
          format = new Intl.NumberFormat(locale, { maximumFractionDigits });
          numberFormats.set(maximumFractionDigits, format);
        }
        const numeric = typeof value === "number" ? value : Number(value);
        // A Decimal the browser cannot parse is shown as sent rather than as "NaN".
        return Number.isFinite(numeric) ? format.format(numeric) : String(value);
      },
      formatAmount(value) {
        const numeric = typeof value === "number" ? value : Number(value);
        return Number.isFinite(numeric) ? amountFormat.format(numeric) : String(value);
      },
      formatDateTime(value) {
        const date = new Date(value);
        return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
      },
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and translation helpers; needs an `I18nProvider` above. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n must be used inside <I18nProvider>");
  return i18n;
}

export type { MessageKey };
