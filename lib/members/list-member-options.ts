import "server-only";
import { asc, eq } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";

/** Members as choices for rep pickers and filters: anyone who may see customers may pick them. */
export async function listMemberOptions(ctx: OrgContext) {
  requirePermission(ctx, "customers.view");
  return ctx.t.db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(ctx.t.where(memberships))
    .orderBy(asc(users.name));
}
