import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { memberships } from "@/db/schema";
import { isWorkingMembership } from "@/lib/members/working-membership";

// Across orgs, so on the owner connection (0017_rls.sql's allow-list: sign-in and sessions).

/**
 * Whether the user may be signed in at all (SPEC T8): `true` with a working membership, `false`
 * when every membership they hold has ended, `null` when they hold none (just signed up, or
 * removed from their orgs: they may still create one). One query on memberships_user_id_idx.
 */
export async function hasWorkingMembership(userId: string): Promise<boolean | null> {
  const [row] = await db
    .select({ working: sql<boolean | null>`bool_or(${isWorkingMembership()})` })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return row?.working ?? null;
}

/**
 * Whether the user still works for an org other than `orgId`: asked inside the transaction that
 * ends or removes their membership of `orgId`, which this connection cannot see yet. Two orgs
 * ending the same person's last two memberships at the same instant would each still see the
 * other; their contexts refuse them either way, and sign-in is refused from then on.
 */
export async function worksForAnotherOrg(userId: string, orgId: string): Promise<boolean> {
  const [row] = await db
    .select({ orgId: memberships.orgId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), ne(memberships.orgId, orgId), isWorkingMembership()))
    .limit(1);
  return row !== undefined;
}
