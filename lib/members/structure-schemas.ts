import { z } from "zod";
import { MEMBER_POSITIONS } from "@/db/schema/enum-values";
import { optionalId, optionalPhone } from "@/lib/customers/field-schemas";
import { MAX_LENGTH, optionalText } from "@/lib/fields/text";
import type { PhoneCountry } from "@/lib/orgs/phone-country";

// Client-safe: the member structure form and its verb parse with this one schema.

/** Positions whose holders are offered as reports-to within their department (seed 004: müdür, yönetici-müdür). */
export const MANAGER_POSITIONS: readonly (typeof MEMBER_POSITIONS)[number][] = ["manager", "manager_director"];

export const memberStructureSchema = z.object({
  userId: z.uuid({ error: "invalid" }),
  /** "" from the form's "no position" option: the member keeps the behaviour of their level alone. */
  position: z
    .union([z.enum(MEMBER_POSITIONS, { error: "invalid" }), z.literal("")])
    .nullish()
    .transform((v) => (v ? v : null)),
  departmentId: optionalId,
  reportsTo: optionalId,
  technician: z.boolean().default(false),
  /** SPEC T7: the partner company (distributor, main dealer or dealer) the member works for; they then see only its sub-tree. */
  partnerCustomerId: optionalId,
  /**
   * Only the profile page's form sends these (the Members page's does not show them): absent means
   * "leave as stored", "" clears. Stored as E.164 like customer phones.
   */
  phone: optionalPhone(null).optional(),
  notes: optionalText(MAX_LENGTH.long).optional(),
});

const forCountry = new Map<PhoneCountry | null, typeof memberStructureSchema>();

/** The org's schema, shared by the form and the verb: a phone typed without +code belongs to the org's phone country. */
export function memberStructureSchemaFor(country: PhoneCountry | null) {
  let schema = forCountry.get(country);
  if (!schema) {
    schema = memberStructureSchema.extend({ phone: optionalPhone(country).optional() });
    forCountry.set(country, schema);
  }
  return schema;
}

export type MemberStructureInput = z.input<typeof memberStructureSchema>;
