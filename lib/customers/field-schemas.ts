import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { MAX_LENGTH, text } from "@/lib/fields/text";
import type { PhoneCountry } from "@/lib/orgs/phone-country";

// Shared by customer and contact schemas. Messages are catalogue keys under `validation.`.

export { optionalText } from "@/lib/fields/text";

export const optionalEmail = text(MAX_LENGTH.email)
  .toLowerCase()
  .nullish()
  .transform((v) => (v ? v : null))
  .pipe(z.email({ error: "email" }).nullable());

/**
 * Stored normalised as E.164. A number without a +country code belongs to `country` (the org's
 * phone country, lib/orgs/phone-country.ts); with none, it must carry its code. A factory, so the
 * form and the verb run the same rule for the same org.
 */
export function optionalPhone(country: PhoneCountry | null) {
  return text(MAX_LENGTH.phone)
    .nullish()
    .transform((value, ctx) => {
      if (!value) return null;
      const phone = parsePhoneNumberFromString(value, country ? { defaultCountry: country } : undefined);
      if (!phone?.isValid()) {
        const missingCode = !country && !value.trimStart().startsWith("+");
        ctx.addIssue({ code: "custom", message: missingCode ? "phoneCountryCode" : "phone" });
        return z.NEVER;
      }
      return phone.number;
    });
}

export const optionalWebsite = text(MAX_LENGTH.url)
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    const withScheme = /^https?:\/\//i.test(value) ? value : `https://${value}`;
    try {
      const url = new URL(withScheme);
      if (!url.hostname.includes(".")) throw new Error("no domain");
      return url.toString().replace(/\/$/, "");
    } catch {
      ctx.addIssue({ code: "custom", message: "website" });
      return z.NEVER;
    }
  });

export const optionalId = z
  .union([z.uuid({ error: "invalid" }), z.literal("")])
  .nullish()
  .transform((v) => (v ? v : null));
