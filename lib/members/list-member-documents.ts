import "server-only";
import { desc, eq } from "drizzle-orm";
import { memberDocuments, users } from "@/db/schema";
import type { MemberDocumentKind } from "@/db/schema/enum-values";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertProfileReachable } from "./profile-access";
import { memberTargetSchema } from "./schemas";

export type MemberDocumentRow = {
  id: string;
  kind: MemberDocumentKind;
  fileName: string;
  contentType: string;
  size: number;
  uploadedByName: string | null;
  uploadedAt: string;
};

/** SPEC T6: a member's documents, newest first, for the same people as their profile page. */
export async function listMemberDocuments(ctx: OrgContext, input: unknown): Promise<MemberDocumentRow[]> {
  // Any member may read their own; whose documents they are decides the rest, just below.
  requirePermission(ctx, "org.view");
  const { userId } = parseInput(memberTargetSchema, input);
  assertProfileReachable(ctx.actor, userId);
  const rows = await ctx.t.db
    .select({
      id: memberDocuments.id,
      kind: memberDocuments.kind,
      fileName: memberDocuments.fileName,
      contentType: memberDocuments.contentType,
      size: memberDocuments.size,
      uploadedByName: users.name,
      uploadedAt: memberDocuments.uploadedAt,
    })
    .from(memberDocuments)
    .leftJoin(users, eq(users.id, memberDocuments.uploadedBy))
    .where(ctx.t.where(memberDocuments, eq(memberDocuments.userId, userId)))
    .orderBy(desc(memberDocuments.uploadedAt), desc(memberDocuments.id));
  return rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() }));
}
