import { z } from "zod";

export const addNoteSchema = z.object({
  customerId: z.uuid({ error: "invalid" }),
  body: z.string().trim().min(1, { error: "required" }).max(10_000, { error: "tooLong" }),
});
