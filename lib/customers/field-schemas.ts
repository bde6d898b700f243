import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";

// Shared by customer and contact schemas. Messages are catalogue keys under `validation.`.

/** Empty input means "no value": stored as null, never as "". */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .nullish()
    .transform((v) => (v ? v : null));
}

export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .nullish()
  .transform((v) => (v ? v : null))
  .pipe(z.email({ error: "email" }).nullable());

/** Stored normalised as E.164; numbers without a country code are read as Turkish. */
export const optionalPhone = z
  .string()
  .trim()
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    const phone = parsePhoneNumberFromString(value, "TR");
    if (!phone?.isValid()) {
      ctx.addIssue({ code: "custom", message: "phone" });
      return z.NEVER;
    }
    return phone.number;
  });

export const optionalWebsite = z
  .string()
  .trim()
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
