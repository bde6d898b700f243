import { z } from "zod";
import { optionalDateTime } from "@/lib/fields/dates";
import { MAX_LENGTH, requiredText } from "@/lib/fields/text";
import { idempotencyKey } from "@/lib/idempotency/schemas";

// Client-safe: the reminder form and the verbs parse with these (SPEC W6). Messages are catalogue
// keys under `validation.`.

/** "" from a cleared picker is none. */
const optionalId = z.preprocess((v) => (v === "" ? null : v), z.uuid({ error: "invalid" }).nullish()).transform((v) => v ?? null);

/** Whom to remind: at least one person; a reminder to a whole department names them one by one. */
export const MAX_RECIPIENTS = 100;

export const reminderFieldsSchema = z.object({
  body: requiredText(MAX_LENGTH.long),
  /** An instant; the form places the typed wall-clock time in the org's zone (components/service/form/zoned-time.ts). */
  dueAt: optionalDateTime()
    .refine((v) => v !== null, { error: "required" })
    .transform((v) => v!),
  recipientIds: z
    .array(z.uuid({ error: "invalid" }))
    .min(1, { error: "required" })
    .max(MAX_RECIPIENTS, { error: "tooMany" })
    .transform((ids) => [...new Set(ids)]),
  customerId: optionalId,
});

export const createReminderSchema = reminderFieldsSchema.extend({ idempotencyKey });
export const updateReminderSchema = reminderFieldsSchema.extend({ id: z.uuid({ error: "invalid" }), version: z.coerce.number().int().positive() });
export const reminderTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

export type ReminderFormInput = z.input<typeof createReminderSchema>;
