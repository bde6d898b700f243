import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { memberships, orgs } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { frozenRows, readThrough } from "@/lib/cache/reference-cache";
import { isWorkingMembership } from "@/lib/members/working-membership";

/**
 * The orgs a user belongs to, for the org switcher; user-level, so no org guard applies. Cached per
 * instance under the user's `orgsVersion` (read with the session), which moves with any change of
 * their memberships or their orgs' names.
 */
export async function listMyOrgs(user: Pick<CurrentUser, "id" | "orgsVersion">) {
  const rows = await readThrough({ kind: "user", id: user.id }, "orgs", user.orgsVersion, async () =>
    frozenRows(
      await db
        .select({ slug: orgs.slug, name: orgs.name, role: memberships.role })
        .from(memberships)
        .innerJoin(orgs, eq(orgs.id, memberships.orgId))
        // An org the user no longer works for (SPEC T8) is not theirs to switch to.
        .where(and(eq(memberships.userId, user.id), isWorkingMembership()))
        .orderBy(asc(orgs.name)),
    ),
  );
  return [...rows];
}
