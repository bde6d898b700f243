import { z } from "zod";
import { exactText, text } from "@/lib/fields/text";

/** Org-editable lists with free entries (SPEC G1); later modules add theirs here. */
export const PICKLISTS = ["region", "tag", "service_type", "priority", "department", "contract_type"] as const;
export type PicklistName = (typeof PICKLISTS)[number];

const label = text(80);

export const picklistItemSchema = z
  .object({
    list: z.enum(PICKLISTS),
    labels: z.object({ en: label, tr: label, ro: label }),
  })
  .refine((v) => Object.values(v.labels).some((l) => l.length > 0), { error: "required", path: ["labels", "en"] });

export const updatePicklistItemSchema = picklistItemSchema.and(z.object({ id: z.uuid({ error: "invalid" }) }));
export const picklistTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

/** An org's own labels for a fixed key (a customer type, a lifecycle status); blank means the default. */
export const labelOverrideSchema = z.object({
  list: z.enum(["customer_type", "lifecycle_status"]),
  key: exactText(40),
  labels: z.object({ en: label, tr: label, ro: label }),
});
