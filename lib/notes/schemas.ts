import { z } from "zod";

const noteBody = z.string().trim().min(1, { error: "required" }).max(10_000, { error: "tooLong" });

export const addNoteSchema = z.object({
  customerId: z.uuid({ error: "invalid" }),
  body: noteBody,
});

export const updateNoteSchema = z.object({
  id: z.uuid({ error: "invalid" }),
  body: noteBody,
});

export const noteTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

export const listNotesSchema = z.object({
  customerId: z.uuid({ error: "invalid" }),
  /** Keyset cursor: "<created_at ISO>|<id>" of the last note shown. */
  before: z
    .string()
    .regex(/^[^|]+\|[0-9a-f-]{36}$/i)
    .optional(),
});
