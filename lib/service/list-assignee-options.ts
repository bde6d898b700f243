import "server-only";
import type { OrgContext } from "@/lib/context";
import { customerTechnicianIds } from "@/lib/customers/customer-technician-ids";
import { listMembersByName } from "@/lib/members/internal";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { ASSIGNEE_ACTION } from "./assignee-action";

export type AssigneeOption = { id: string; name: string; authorised: boolean };

/**
 * The people a service record can be assigned to: members the permission table lets log time
 * (the same rule assertAssignable enforces), so the picker never offers someone who could accept
 * and then not work the record. Given the record's customer, its authorised technicians (T5) come
 * first, marked: they are the ones meant to go there.
 */
export async function listAssigneeOptions(ctx: OrgContext, options: { customerId?: string | null } = {}): Promise<AssigneeOption[]> {
  requirePermission(ctx, "serviceRecords.view");
  const [members, authorisedIds] = await Promise.all([
    listMembersByName(ctx),
    options.customerId ? customerTechnicianIds(ctx.t, options.customerId) : [],
  ]);
  const authorised = new Set(authorisedIds);
  const assignable = members.filter((m) => can(m, ASSIGNEE_ACTION)).map(({ id, name }) => ({ id, name, authorised: authorised.has(id) }));
  // A stable partition: each group keeps the by-name order.
  return [...assignable.filter((m) => m.authorised), ...assignable.filter((m) => !m.authorised)];
}
