import "server-only";
import { now } from "@/lib/clock";
import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { invitations, orgs, users } from "@/db/schema";
import { orgContextColumns } from "@/lib/orgs/org-columns";
import { hashToken } from "@/lib/auth/tokens";

export type InvitationState = "valid" | "expired" | "used" | "unknown";

/**
 * Public lookup by token (the token is the credential, so no org guard applies). Used and
 * revoked invitations look the same to the visitor.
 */
export async function findInvitationByToken(token: string, dbx: DbOrTx = db, lock = false) {
  const query = dbx
    .select({
      orgId: invitations.orgId,
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      level: invitations.level,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      orgName: orgs.name,
      orgSlug: orgs.slug,
      orgLocale: orgs.locale,
      // The whole org, for the context accepting builds (tokenContext).
      org: orgContextColumns,
    })
    .from(invitations)
    .innerJoin(orgs, eq(orgs.id, invitations.orgId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  const [row] = lock ? await query.for("update", { of: invitations }) : await query;
  if (!row) return { state: "unknown" as const };
  const state: InvitationState = row.acceptedAt || row.revokedAt ? "used" : row.expiresAt.getTime() < now().getTime() ? "expired" : "valid";
  const [user] = await dbx.select({ id: users.id }).from(users).where(eq(users.email, row.email));
  return { state, invitation: row, existingUserId: user?.id ?? null };
}

/** What the invitation page may show. */
export async function describeInvitation(token: string) {
  const found = await findInvitationByToken(token);
  if (found.state === "unknown") return { state: found.state };
  return {
    state: found.state,
    orgName: found.invitation.orgName,
    email: found.invitation.email,
    hasAccount: found.existingUserId !== null,
  };
}
