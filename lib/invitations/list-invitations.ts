import "server-only";
import { desc, isNull } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";

/** Invitations not yet accepted or revoked, newest first; expired ones are shown as such. */
export async function listInvitations(ctx: OrgContext) {
  requirePermission(ctx, "invitations.view");
  const rows = await ctx.t.db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      level: invitations.level,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(ctx.t.where(invitations, isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(desc(invitations.createdAt))
    .limit(200);
  const at = now().getTime();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    level: r.level,
    expiresAt: r.expiresAt.toISOString(),
    expired: r.expiresAt.getTime() < at,
  }));
}
