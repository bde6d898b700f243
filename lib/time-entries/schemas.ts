import { z } from "zod";
import { optionalId } from "@/lib/customers/field-schemas";
import { instant as instantField } from "@/lib/fields/dates";
import { MAX_LENGTH, optionalText, requiredText } from "@/lib/fields/text";
import { idempotencyKey } from "@/lib/idempotency/schemas";

/** Stored to the whole second — see `toWholeSecond` in internal.ts for why. */
const instant = instantField();

export const timerTargetSchema = z.object({ recordId: z.uuid({ error: "invalid" }) });

/** Stop whatever runs; with a record id, only if it runs on that record (a stale page stops nothing else). */
export const stopTimerSchema = z.object({ recordId: z.uuid({ error: "invalid" }).optional() });

export const entryTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

const note = optionalText(500);

export const manualEntrySchema = z
  .object({ recordId: z.uuid({ error: "invalid" }), startedAt: instant, stoppedAt: instant, note, idempotencyKey })
  .refine((v) => v.stoppedAt > v.startedAt, { path: ["stoppedAt"], error: "endBeforeStart" });

/** A running entry keeps running (stoppedAt null); a stopped one cannot be turned back into a running one. */
export const correctEntrySchema = z
  .object({ id: z.uuid({ error: "invalid" }), startedAt: instant, stoppedAt: instant.nullish().transform((v) => v ?? null), note })
  .refine((v) => v.stoppedAt === null || v.stoppedAt > v.startedAt, { path: ["stoppedAt"], error: "endBeforeStart" });

/** The quick support entry (seed 000 "Destek"): choosing the customer opens a draft and starts the clock. */
export const startSupportEntrySchema = z.object({
  customerId: z.uuid({ error: "required" }),
  subject: requiredText(MAX_LENGTH.line),
  serviceTypeId: optionalId,
});

/** Statuses the support form may leave the record in; completing (report e-mail) happens on the record page. */
export const SUPPORT_STATUSES = ["in_progress", "cancelled"] as const;

export const saveSupportEntrySchema = z.object({
  id: z.uuid({ error: "invalid" }),
  version: z.coerce.number().int().positive(),
  customerId: z.uuid({ error: "required" }),
  contactId: optionalId,
  serviceTypeId: optionalId,
  subject: requiredText(MAX_LENGTH.line),
  description: optionalText(10_000),
  result: optionalText(10_000),
  status: z.enum(SUPPORT_STATUSES, { error: "required" }),
});

export const customerTargetSchema = z.object({ customerId: z.uuid({ error: "invalid" }) });

export type SaveSupportEntryInput = z.input<typeof saveSupportEntrySchema>;
