import { z } from "zod";
import { contactFieldsSchema } from "@/lib/contacts/schemas";
import { optionalEmail, optionalId, optionalPhone, optionalText, optionalWebsite } from "./field-schemas";
import { taxIdSchema } from "./tax-id";

export const CUSTOMER_TYPES = ["distributor", "main_dealer", "dealer", "customer"] as const;
export const LIFECYCLE_STATUSES = ["first_contact", "in_talks", "potential", "active"] as const;

export const customerFieldsSchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  accountCode: optionalText(40),
  type: z.enum(CUSTOMER_TYPES, { error: "required" }),
  status: z.enum(LIFECYCLE_STATUSES, { error: "required" }),
  parentId: optionalId,
  regionId: optionalId,
  taxId: taxIdSchema,
  address: optionalText(500),
  email: optionalEmail,
  phone: optionalPhone,
  workPhone: optionalPhone,
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
export const createCustomerSchema = customerFieldsSchema.extend({ contact: contactFieldsSchema.omit({ isPrimary: true }) });

export const updateCustomerSchema = customerFieldsSchema.extend({
  id: z.uuid({ error: "invalid" }),
  version: z.coerce.number().int().positive(),
});

export const customerTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

export type CustomerFields = z.output<typeof customerFieldsSchema>;
