import { type CountryCode, getCountries } from "libphonenumber-js";

/** Client-safe: the settings form and the phone schemas share it. */
export type PhoneCountry = CountryCode;
export const PHONE_COUNTRIES: readonly PhoneCountry[] = getCountries();

export function asPhoneCountry(value: string | null | undefined): PhoneCountry | null {
  return value && (PHONE_COUNTRIES as readonly string[]).includes(value) ? (value as PhoneCountry) : null;
}

/**
 * A new org's phone country from its language, else its currency: Romanian or RON → RO, Turkish or
 * TRY → TR; anything else has no default country, so numbers need their +country code. The
 * migration that added the setting (db/migrations/*_org_phone_country.sql) applies the same rule.
 */
export function defaultPhoneCountry({ locale, currency }: { locale: string; currency: string }): PhoneCountry | null {
  if (locale === "ro") return "RO";
  if (locale === "tr") return "TR";
  if (currency === "RON") return "RO";
  if (currency === "TRY") return "TR";
  return null;
}
