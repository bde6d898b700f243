import "server-only";
import type { OrgContext } from "@/lib/context";
import { listMembersByName } from "@/lib/members/internal";
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
  return (await listMembersByName(ctx)).filter((m) => can(m, ASSIGNEE_ACTION)).map(({ id, name }) => ({ id, name }));
}
