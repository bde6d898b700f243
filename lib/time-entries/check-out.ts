import "server-only";
import { and, eq } from "drizzle-orm";
import { serviceAssignments } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { parseInput } from "@/lib/validation";
import { getOwnAssignmentOrThrow } from "./check-in";
import { type Clock, instantOf } from "./internal";
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
    await t.db
      .update(serviceAssignments)
      .set({ checkOutAt: at })
      .where(t.where(serviceAssignments, and(eq(serviceAssignments.recordId, recordId), eq(serviceAssignments.userId, ctx.actor.userId))));
    await recordActivity(ctx, t, {
      kind: "service.timeLogged",
      entityId: recordId,
      customerId: record.customerId,
      summary: `#${record.number}`,
      changes: { checkOutAt: { from: null, to: at.toISOString() } },
    });
    return { recordId, checkInAt: assignment.checkInAt.toISOString(), checkOutAt: at.toISOString() };
  });
}
