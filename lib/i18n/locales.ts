import Negotiator from "negotiator";

export const LOCALES = ["en", "tr", "ro"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function localeFromAcceptLanguage(header: string | null): Locale | undefined {
  if (!header) return undefined;
  const [best] = new Negotiator({ headers: { "accept-language": header } }).languages([...LOCALES]);
  return isLocale(best) ? best : undefined;
}

/** SPEC G2 order: the user's own choice, else the org's language, else the browser's. */
export function pickLocale(candidates: { user?: string | null; cookie?: string; org?: string | null; browser?: string | null }): Locale {
  for (const value of [candidates.user, candidates.cookie, candidates.org]) if (isLocale(value)) return value;
  return localeFromAcceptLanguage(candidates.browser ?? null) ?? DEFAULT_LOCALE;
}

/** Each language named in itself, as language pickers show it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", tr: "Türkçe", ro: "Română" };
