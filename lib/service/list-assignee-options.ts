import "server-only";
import { asc, eq } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { ASSIGNEE_ACTION } from "./assignee-action";

/**
 * The people a service record can be assigned to: members the permission table lets log time
 * (the same rule assertAssignable enforces), so the picker never offers someone who could accept
 * and then not work the record.
 */
export async function listAssigneeOptions(ctx: OrgContext) {
  requirePermission(ctx, "serviceRecords.view");
  const rows = await ctx.t.db
    .select({ id: users.id, name: users.name, role: memberships.role, level: memberships.level })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(ctx.t.where(memberships))
    .orderBy(asc(users.name));
  return rows.filter((m) => can(m, ASSIGNEE_ACTION)).map(({ id, name }) => ({ id, name }));
}
