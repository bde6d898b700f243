import { z } from "zod";
import { MAX_LENGTH, requiredText } from "@/lib/fields/text";
import { idempotencyKey } from "@/lib/idempotency/schemas";
import { cursorParam } from "@/lib/search/cursor-param";

const noteBody = requiredText(MAX_LENGTH.long);

export const addNoteSchema = z.object({
  customerId: z.uuid({ error: "invalid" }),
  body: noteBody,
  idempotencyKey,
});

export const updateNoteSchema = z.object({
  id: z.uuid({ error: "invalid" }),
  body: noteBody,
});

export const noteTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

export const listNotesSchema = z.object({
  customerId: z.uuid({ error: "invalid" }),
  before: cursorParam,
});
