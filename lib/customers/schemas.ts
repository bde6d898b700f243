import { z } from "zod";
import { CUSTOMER_TYPES, LIFECYCLE_STATUSES } from "@/db/schema/enum-values";
import { contactFieldsSchema } from "@/lib/contacts/schemas";
import { MAX_LENGTH, requiredText } from "@/lib/fields/text";
import { idempotencyKey } from "@/lib/idempotency/schemas";
import { optionalEmail, optionalId, optionalPhone, optionalText, optionalWebsite } from "./field-schemas";
import type { PhoneCountry } from "@/lib/orgs/phone-country";
import { taxIdSchema } from "./tax-id";

// The database enums' values, shared with the form and the UI (db/schema/enum-values.ts).
export { CUSTOMER_TYPES, LIFECYCLE_STATUSES };

export const customerFieldsSchema = z.object({
  name: requiredText(MAX_LENGTH.name),
  accountCode: optionalText(40),
  type: z.enum(CUSTOMER_TYPES, { error: "required" }),
  status: z.enum(LIFECYCLE_STATUSES, { error: "required" }),
  parentId: optionalId,
  regionId: optionalId,
  taxId: taxIdSchema,
  address: optionalText(500),
  email: optionalEmail,
  // Without a country: the org's schemas (customerSchemasFor) read national numbers.
  phone: optionalPhone(null),
  workPhone: optionalPhone(null),
  website: optionalWebsite,
  salesRepId: optionalId,
  supportRepId: optionalId,
  referral: optionalText(200),
  /** Items of the org's "tag" picklist. */
  tagIds: z
    .array(z.uuid({ error: "invalid" }))
    .max(20, { error: "tooMany" })
    .default([])
    .transform((ids) => [...new Set(ids)].sort()),
});

/** The contact typed on the create form becomes the customer's primary contact (SPEC C2). */
export const createCustomerSchema = customerFieldsSchema.extend({ contact: contactFieldsSchema.omit({ isPrimary: true }), idempotencyKey });

export const updateCustomerSchema = customerFieldsSchema.extend({
  id: z.uuid({ error: "invalid" }),
  version: z.coerce.number().int().positive(),
});

export const customerTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

const forCountry = new Map<PhoneCountry | null, { create: typeof createCustomerSchema; update: typeof updateCustomerSchema }>();

/**
 * The customer schemas of an org, which the form and the verb both use: phones typed without a
 * +country code (the company's and its first contact's) belong to the org's phone country. The
 * plain schemas above have no country, so a verb that forgot this refuses national numbers rather
 * than guess their country.
 */
export function customerSchemasFor(country: PhoneCountry | null) {
  let schemas = forCountry.get(country);
  if (!schemas) {
    const phones = { phone: optionalPhone(country), workPhone: optionalPhone(country) };
    schemas = {
      create: createCustomerSchema.extend({ ...phones, contact: createCustomerSchema.shape.contact.extend({ phone: optionalPhone(country) }) }),
      update: updateCustomerSchema.extend(phones),
    };
    forCountry.set(country, schemas);
  }
  return schemas;
}

export type CustomerFields = z.output<typeof customerFieldsSchema>;
