import { z } from "zod";
import { MEMBER_DOCUMENT_KINDS, type MemberDocumentKind } from "@/db/schema/enum-values";
import { MAX_FILE_BYTES } from "@/lib/files/limits";

// Client-safe: the upload form and its verb share these rules. Messages are keys under `validation.`.

export { MEMBER_DOCUMENT_KINDS, type MemberDocumentKind };

const IMAGES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;

/** What each kind accepts, judged by the file's content: a photo is an image; papers are scans or PDFs. */
export const ACCEPTED_TYPES: Record<MemberDocumentKind, readonly string[]> = {
  photo: IMAGES,
  id_copy: ["application/pdf", ...IMAGES],
  residence: ["application/pdf", ...IMAGES],
  health_report: ["application/pdf", ...IMAGES],
  criminal_record: ["application/pdf", ...IMAGES],
  diploma: ["application/pdf", ...IMAGES],
  other: ["application/pdf", ...IMAGES],
};

/** The file picker's filter (the server decides by content; this only narrows the choice). */
export function pickerAccept(kind: MemberDocumentKind) {
  return kind === "photo" ? "image/png,image/jpeg,image/gif,image/webp" : "application/pdf,.pdf,image/png,image/jpeg,image/gif,image/webp";
}

/** The field error of a file whose content is not accepted for the kind. */
export function wrongTypeKey(kind: MemberDocumentKind) {
  return kind === "photo" ? "photoType" : "documentType";
}

export const uploadMemberDocumentSchema = z
  .object({
    userId: z.uuid({ error: "invalid" }),
    kind: z.enum(MEMBER_DOCUMENT_KINDS, { error: "required" }),
    file: z.instanceof(File, { error: "required" }),
  })
  .superRefine((v, ctx) => {
    if (v.file.size === 0) ctx.addIssue({ code: "custom", path: ["file"], message: "required" });
    else if (v.file.size > MAX_FILE_BYTES) ctx.addIssue({ code: "custom", path: ["file"], message: "fileTooLarge" });
  });

export const memberDocumentTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });
