import "server-only";
import { asc, eq } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import { dropReferenceScope, frozenRows, readThrough } from "@/lib/cache/reference-cache";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { isWorkingMembership } from "./working-membership";

export async function getMembershipInOrgOrThrow(t: Tenant, userId: string) {
  const [row] = await t.db
    .select()
    .from(memberships)
    .where(t.where(memberships, eq(memberships.userId, userId)));
  if (!row) throw new NotFoundError("member");
  return row;
}

/**
 * Locks the org's admin rows, then refuses if removing this admin would leave no working one
 * (a dismissed admin holds no power). The lock makes two simultaneous demotions or dismissals of
 * the last two admins serialise instead of both succeeding; the working ones are read after it,
 * in a fresh statement, so the second sees what the first committed.
 */
export async function assertNotLastAdmin(t: Tenant, userId: string) {
  await t.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(t.where(memberships, eq(memberships.role, "admin")))
    .for("update");
  const admins = await t.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(t.where(memberships, eq(memberships.role, "admin"), isWorkingMembership()));
  if (admins.length <= 1 && admins.some((a) => a.userId === userId)) throw new ConflictError("lastAdmin");
}

/**
 * The org's working members by name, with what the permission table needs to judge them (role, level), for
 * pickers. Cached per instance under the org's reference version, which membership changes and
 * member renames move (lib/cache/reference-cache.ts); the callers' guards run on every call.
 */
export function listMembersByName(ctx: OrgContext) {
  return readThrough({ kind: "org", id: ctx.org.id }, "members", ctx.refVersion, async () =>
    frozenRows(
      await ctx.t.db
        .select({ id: users.id, name: users.name, role: memberships.role, level: memberships.level })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        // Dismissed and resigned members leave every picker; their names stay on past records.
        .where(ctx.t.where(memberships, isWorkingMembership()))
        .orderBy(asc(users.name)),
    ),
  );
}

/**
 * After a committed membership change: triggers bumped the org's and the user's versions for every
 * instance; this instance also forgets its copies at once (the writer may still hold the old ones).
 */
export function forgetMembership(orgId: string, userId: string) {
  dropReferenceScope({ kind: "org", id: orgId });
  dropReferenceScope({ kind: "user", id: userId });
}
