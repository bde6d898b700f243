import { z } from "zod";
import { MAX_LENGTH, requiredText, text } from "@/lib/fields/text";
import { isTimeZone } from "@/lib/fields/time-zone";
import { LOCALES } from "@/lib/i18n/locales";
import { PHONE_COUNTRIES, type PhoneCountry } from "./phone-country";
import { RESERVED_SLUGS, SLUG_PATTERN } from "./slug";

export const CURRENCIES = ["TRY", "RON", "EUR", "USD", "GBP"] as const;

export const orgSettingsSchema = z.object({
  name: requiredText(MAX_LENGTH.label),
  slug: text(MAX_LENGTH.code)
    .toLowerCase()
    .regex(SLUG_PATTERN, { error: "slug" })
    .refine((s) => !RESERVED_SLUGS.has(s), { error: "slugReserved" }),
  locale: z.enum(LOCALES, { error: "required" }),
  timeZone: text(MAX_LENGTH.label).refine(isTimeZone, { error: "timeZone" }),
  currency: z.enum(CURRENCIES, { error: "required" }),
  /** "" (the form's "none"): every phone number needs its +country code. */
  phoneCountry: z
    .union([z.enum(PHONE_COUNTRIES as [PhoneCountry, ...PhoneCountry[]], { error: "invalid" }), z.literal("")])
    .nullish()
    .transform((v) => v || null),
});

export type OrgSettingsInput = z.input<typeof orgSettingsSchema>;

export const newOrgSchema = z.object({
  name: requiredText(MAX_LENGTH.label),
});
