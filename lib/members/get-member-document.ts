import "server-only";
import { eq } from "drizzle-orm";
import { memberDocuments } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/store";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { memberDocumentTargetSchema } from "./document-schemas";
import { assertProfileReachable } from "./profile-access";

/** A member's document for download: for Manage users and the member themself; for anyone else it does not exist. */
export async function getMemberDocumentDownload(ctx: OrgContext, input: unknown) {
  // Any member may download their own; whose document it is decides the rest, just below.
  requirePermission(ctx, "org.view");
  const { id } = parseInput(memberDocumentTargetSchema, input);
  const [row] = await ctx.t.db
    .select({
      userId: memberDocuments.userId,
      fileName: memberDocuments.fileName,
      contentType: memberDocuments.contentType,
      storageKey: memberDocuments.storageKey,
    })
    .from(memberDocuments)
    .where(ctx.t.where(memberDocuments, eq(memberDocuments.id, id)));
  if (!row) throw new NotFoundError("document");
  assertProfileReachable(ctx.actor, row.userId);
  return { fileName: row.fileName, contentType: row.contentType, bytes: await readStoredFile(row.storageKey) };
}
