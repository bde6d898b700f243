import { z } from "zod";
import { optionalEmail, optionalPhone, optionalText } from "@/lib/customers/field-schemas";

export const CONTACT_METHODS = ["email", "phone", "whatsapp", "visit"] as const;

export const contactFieldsSchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  title: optionalText(120),
  role: optionalText(120),
  email: optionalEmail,
  phone: optionalPhone,
  preferredMethod: z
    .enum(CONTACT_METHODS)
    .nullish()
    .or(z.literal("").transform(() => null))
    .transform((v) => v ?? null),
  active: z.boolean().default(true),
  isPrimary: z.boolean().default(false),
});

export const createContactSchema = contactFieldsSchema.extend({ customerId: z.uuid({ error: "invalid" }) });
export const updateContactSchema = contactFieldsSchema.extend({
  id: z.uuid({ error: "invalid" }),
  version: z.coerce.number().int().positive(),
});

export const contactTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });
