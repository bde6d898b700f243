import "server-only";
import type { OrgContext } from "@/lib/context";
import { listMembersByName } from "@/lib/members/internal";
import { requirePermission } from "@/lib/permissions/require-permission";

/** The working members an appointment may be booked for (SPEC W2, T8), by name. */
export async function listAttendeeOptions(ctx: OrgContext) {
  requirePermission(ctx, "calendar.manage");
  return (await listMembersByName(ctx)).map(({ id, name }) => ({ id, name }));
}
