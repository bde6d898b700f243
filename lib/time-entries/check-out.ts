import "server-only";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { parseInput } from "@/lib/validation";
import { type Clock, instantOf } from "./internal";
import { getOwnAssignmentOrThrow, stampOwnAssignment } from "./own-assignment";
import { timerTargetSchema } from "./schemas";

/**
 * The technician leaves the site: only after their check-in, once. Allowed whatever the record's
 * status, so completing the record on site does not trap the technician checked in.
 */
export async function checkOut(ctx: OrgContext, input: unknown, clock: Clock = {}) {
  requirePermission(ctx, "timeEntries.log");
  const { recordId } = parseInput(timerTargetSchema, input);
  return ctx.t.transaction(async (t) => {
    const record = await getServiceRecordInOrgOrThrow(t, recordId);
    const assignment = await getOwnAssignmentOrThrow(t, recordId, ctx.actor.userId);
    if (!assignment.checkInAt) throw new ConflictError("notCheckedIn");
    if (assignment.checkOutAt) throw new ConflictError("alreadyCheckedOut");
    // Never before the check-in, even if a clock disagrees.
    const at = new Date(Math.max(instantOf(clock).getTime(), assignment.checkInAt.getTime()));
    await stampOwnAssignment(ctx, t, record, "checkOutAt", at);
    return { recordId, checkInAt: assignment.checkInAt.toISOString(), checkOutAt: at.toISOString() };
  });
}
