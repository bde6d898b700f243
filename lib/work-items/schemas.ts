import { z } from "zod";
import { WORK_ITEM_KINDS, WORK_ITEM_PRIORITIES, WORK_ITEM_STATUSES } from "@/db/schema/enum-values";
import { optionalDateTime } from "@/lib/fields/dates";
import { MAX_LENGTH, optionalText, requiredText } from "@/lib/fields/text";
import { idempotencyKey } from "@/lib/idempotency/schemas";

// Client-safe: the task forms (page and quick-create dialog) and the verbs parse with these
// (SPEC W1). Messages are catalogue keys under `validation.`.

/** "" from a select or a cleared picker is none. */
const optionalId = z.preprocess((v) => (v === "" ? null : v), z.uuid({ error: "invalid" }).nullish()).transform((v) => v ?? null);

export const workItemFieldsSchema = z.object({
  kind: z.enum(WORK_ITEM_KINDS, { error: "required" }),
  title: requiredText(MAX_LENGTH.line),
  description: optionalText(MAX_LENGTH.long),
  priority: z.enum(WORK_ITEM_PRIORITIES, { error: "invalid" }).default("normal"),
  assigneeId: optionalId,
  /** An instant; the form places the typed wall-clock time in the org's zone (components/service/form/zoned-time.ts). */
  dueAt: optionalDateTime(),
  customerId: optionalId,
});

export const createWorkItemSchema = workItemFieldsSchema.extend({ idempotencyKey });
export const updateWorkItemSchema = workItemFieldsSchema.extend({ id: z.uuid({ error: "invalid" }), version: z.coerce.number().int().positive() });
export const workItemTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });
export const changeWorkItemStatusSchema = z.object({
  id: z.uuid({ error: "invalid" }),
  version: z.coerce.number().int().positive(),
  status: z.enum(WORK_ITEM_STATUSES, { error: "invalid" }),
});
export const customerWorkSchema = z.object({ customerId: z.uuid({ error: "invalid" }) });

export type WorkItemFormInput = z.input<typeof createWorkItemSchema>;
export type WorkItemFields = z.output<typeof workItemFieldsSchema>;

/** Done and cancelled end an item: it is Completed whatever its due (SPEC C4). */
export function isClosedStatus(status: (typeof WORK_ITEM_STATUSES)[number]) {
  return status === "done" || status === "cancelled";
}
