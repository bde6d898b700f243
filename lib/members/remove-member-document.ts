import "server-only";
import { eq } from "drizzle-orm";
import { memberDocuments } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { removeStoredFile } from "@/lib/files/store";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { memberDocumentTargetSchema } from "./document-schemas";

/**
 * SPEC T6: deletes a member's document (Manage only). The stored file goes after the row's
 * deletion commits: a failed transaction must not leave a row pointing at nothing.
 */
export async function removeMemberDocument(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "members.documents.manage");
  const { id } = parseInput(memberDocumentTargetSchema, input);
  const removed = await ctx.t.transaction(async (t) => {
    const [row] = await t.db
      .delete(memberDocuments)
      .where(t.where(memberDocuments, eq(memberDocuments.id, id)))
      .returning({ userId: memberDocuments.userId, storageKey: memberDocuments.storageKey });
    if (!row) throw new NotFoundError("document");
    return row;
  });
  await removeStoredFile(removed.storageKey);
  return { userId: removed.userId };
}
