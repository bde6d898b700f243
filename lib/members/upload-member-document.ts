import "server-only";
import { memberDocuments } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { ValidationError } from "@/lib/errors";
import { detectFileType, nameForType } from "@/lib/files/detect-type";
import { MAX_FILE_BYTES } from "@/lib/files/limits";
import { removeStoredFile, storeFile } from "@/lib/files/store";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { ACCEPTED_TYPES, uploadMemberDocumentSchema, wrongTypeKey } from "./document-schemas";
import { getMembershipInOrgOrThrow } from "./internal";

/**
 * SPEC T6: a document for a member's file (photo, ID copy, …), by a Manage user. Its type is
 * decided by the bytes, not the name or the browser's claim, and must suit the kind (a photo is an
 * image; papers are PDFs or scans). The file is written before the row commits and removed again
 * if the transaction fails, so a refused or failed upload leaves nothing behind.
 */
export async function uploadMemberDocument(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "members.documents.manage");
  const { userId, kind, file } = parseInput(uploadMemberDocumentSchema, input);
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The schema checked the size the client declared; this is the size that arrived.
  if (bytes.length > MAX_FILE_BYTES) throw new ValidationError({ file: "fileTooLarge" });
  const contentType = await detectFileType(bytes);
  if (!contentType || !ACCEPTED_TYPES[kind].includes(contentType)) throw new ValidationError({ file: wrongTypeKey(kind) });

  let storageKey: string | null = null;
  try {
    return await ctx.t.transaction(async (t) => {
      await getMembershipInOrgOrThrow(t, userId);
      storageKey = await storeFile(ctx.org.id, bytes);
      const [row] = await t.db
        .insert(memberDocuments)
        .values(
          t.values({
            userId,
            kind,
            fileName: nameForType(file.name, contentType),
            contentType,
            size: bytes.length,
            storageKey,
            uploadedBy: ctx.actor.userId,
            uploadedAt: now(),
          }),
        )
        .returning({ id: memberDocuments.id });
      return { id: row!.id };
    });
  } catch (error) {
    if (storageKey) await removeStoredFile(storageKey);
    throw error;
  }
}
