import { z } from "zod";
import { MAX_LENGTH, text } from "@/lib/fields/text";
import { MAX_FILE_BYTES } from "@/lib/files/limits";

export const MAX_ATTACHMENTS = 3;

/** An internal message: text, files, or both. Files arrive as `File`s from the composer's FormData. */
export const postMessageSchema = z
  .object({
    recordId: z.uuid({ error: "invalid" }),
    body: text(MAX_LENGTH.long).default(""),
    files: z.array(z.instanceof(File)).max(MAX_ATTACHMENTS, { error: "tooManyFiles" }).default([]),
  })
  .superRefine((v, ctx) => {
    if (!v.body && v.files.length === 0) ctx.addIssue({ code: "custom", path: ["body"], message: "required" });
    if (v.files.some((f) => f.size > MAX_FILE_BYTES)) ctx.addIssue({ code: "custom", path: ["files"], message: "fileTooLarge" });
  });

export const listMessagesSchema = z.object({ recordId: z.uuid({ error: "invalid" }) });
