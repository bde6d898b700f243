import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { RESERVED_SLUGS, SLUG_PATTERN } from "./slug";

export const CURRENCIES = ["TRY", "RON", "EUR", "USD", "GBP"] as const;

function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const orgSettingsSchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(SLUG_PATTERN, { error: "slug" })
    .refine((s) => !RESERVED_SLUGS.has(s), { error: "slugReserved" }),
  locale: z.enum(LOCALES, { error: "required" }),
  timeZone: z.string().refine(isTimeZone, { error: "timeZone" }),
  currency: z.enum(CURRENCIES, { error: "required" }),
});

export type OrgSettingsInput = z.input<typeof orgSettingsSchema>;

export const newOrgSchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
});
