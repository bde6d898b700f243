import "server-only";
import type { OrgContext } from "@/lib/context";
import { listMembersByName } from "@/lib/members/internal";
import { requirePermission } from "@/lib/permissions/require-permission";

/** Whom a task or issue can be assigned to: the org's working members, by name (SPEC W1, T8). */
export async function listWorkAssignees(ctx: OrgContext) {
  requirePermission(ctx, "tasks.view");
  return (await listMembersByName(ctx)).map(({ id, name }) => ({ id, name }));
}
