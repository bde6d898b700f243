import "server-only";
import { and, eq } from "drizzle-orm";
import { serviceAssignments } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { parseInput } from "@/lib/validation";
import { type Clock, assertRecordOpen, instantOf } from "./internal";
import { timerTargetSchema } from "./schemas";

/** The acting user's assignment on the record, locked; someone who rejected it is no assignee. */
export async function getOwnAssignmentOrThrow(t: Tenant, recordId: string, userId: string) {
  const [row] = await t.db
    .select()
    .from(serviceAssignments)
    .where(t.where(serviceAssignments, and(eq(serviceAssignments.recordId, recordId), eq(serviceAssignments.userId, userId))))
    .for("update");
  if (!row || row.response === "rejected") throw new ConflictError("notAssignee");
  return row;
}

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
    await t.db
      .update(serviceAssignments)
      .set({ checkInAt: at })
      .where(t.where(serviceAssignments, and(eq(serviceAssignments.recordId, recordId), eq(serviceAssignments.userId, ctx.actor.userId))));
    await recordActivity(ctx, t, {
      kind: "service.timeLogged",
      entityId: recordId,
      customerId: record.customerId,
      summary: `#${record.number}`,
      changes: { checkInAt: { from: null, to: at.toISOString() } },
    });
    return { recordId, checkInAt: at.toISOString(), checkOutAt: null };
  });
}
