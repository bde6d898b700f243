import "server-only";
import type { OrgContext } from "@/lib/context";
import { listMembersByName } from "@/lib/members/internal";
import { requirePermission } from "@/lib/permissions/require-permission";

/** Whom a reminder can be for: the org's working members, by name (SPEC W6, T8). */
export async function listReminderRecipients(ctx: OrgContext) {
  requirePermission(ctx, "reminders.manage");
  return (await listMembersByName(ctx)).map(({ id, name }) => ({ id, name }));
}
