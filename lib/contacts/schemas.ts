import { z } from "zod";
import { CONTACT_METHODS } from "@/db/schema/enum-values";
import { MAX_LENGTH, requiredText } from "@/lib/fields/text";
import { idempotencyKey } from "@/lib/idempotency/schemas";
import { optionalEmail, optionalPhone, optionalText } from "@/lib/customers/field-schemas";
import type { PhoneCountry } from "@/lib/orgs/phone-country";

export { CONTACT_METHODS };

export const contactFieldsSchema = z.object({
  name: requiredText(MAX_LENGTH.name),
  title: optionalText(120),
  role: optionalText(120),
  email: optionalEmail,
  // Without a country: the org's schemas (contactSchemasFor) read national numbers.
  phone: optionalPhone(null),
  preferredMethod: z
    .enum(CONTACT_METHODS)
    .nullish()
    .or(z.literal("").transform(() => null))
    .transform((v) => v ?? null),
  active: z.boolean().default(true),
  isPrimary: z.boolean().default(false),
});

export const createContactSchema = contactFieldsSchema.extend({ customerId: z.uuid({ error: "invalid" }), idempotencyKey });
export const updateContactSchema = contactFieldsSchema.extend({
  id: z.uuid({ error: "invalid" }),
  version: z.coerce.number().int().positive(),
});

export const contactTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

const forCountry = new Map<PhoneCountry | null, { create: typeof createContactSchema; update: typeof updateContactSchema }>();

/**
 * The contact schemas of an org, which the form and the verb both use: a phone typed without a
 * +country code belongs to the org's phone country. The plain schemas above have no country, so
 * a verb that forgot this refuses national numbers rather than guess their country.
 */
export function contactSchemasFor(country: PhoneCountry | null) {
  let schemas = forCountry.get(country);
  if (!schemas) {
    const phone = optionalPhone(country);
    schemas = { create: createContactSchema.extend({ phone }), update: updateContactSchema.extend({ phone }) };
    forCountry.set(country, schemas);
  }
  return schemas;
}
