import { z } from "zod";
import { cursorParam } from "@/lib/search/cursor-param";

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
  before: cursorParam,
});
