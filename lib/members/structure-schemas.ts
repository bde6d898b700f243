import { z } from "zod";
import { MEMBER_POSITIONS } from "@/db/schema/enum-values";
import { optionalId } from "@/lib/customers/field-schemas";

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
});

export type MemberStructureInput = z.input<typeof memberStructureSchema>;
