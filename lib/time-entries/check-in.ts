import "server-only";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { parseInput } from "@/lib/validation";
import { type Clock, assertRecordOpen, instantOf } from "./internal";
import { getOwnAssignmentOrThrow, stampOwnAssignment } from "./own-assignment";
import { timerTargetSchema } from "./schemas";

/** SPEC S3/S7: the technician arrives on site. Only an assignee, once, on an open record. */
export async function checkIn(ctx: OrgContext, input: unknown, clock: Clock = {}) {
  requirePermission(ctx, "timeEntries.log");
  const { recordId } = parseInput(timerTargetSchema, input);
  return ctx.t.transaction(async (t) => {
    const record = await getServiceRecordInOrgOrThrow(t, recordId);
    const assignment = await getOwnAssignmentOrThrow(t, recordId, ctx.actor.userId);
    assertRecordOpen(record);
    if (assignment.checkInAt) throw new ConflictError("alreadyCheckedIn");
    const at = instantOf(clock);
    await stampOwnAssignment(ctx, t, record, "checkInAt", at);
    return { recordId, checkInAt: at.toISOString(), checkOutAt: null };
  });
}
