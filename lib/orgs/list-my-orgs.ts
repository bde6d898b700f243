import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { memberships, orgs } from "@/db/schema";

/** The orgs a user belongs to, for the org switcher; user-level, so no org guard applies. */
export async function listMyOrgs(userId: string) {
  return db
    .select({ slug: orgs.slug, name: orgs.name, role: memberships.role })
    .from(memberships)
    .innerJoin(orgs, eq(orgs.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(orgs.name));
}
