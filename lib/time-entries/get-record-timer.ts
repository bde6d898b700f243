import "server-only";
import { and, eq } from "drizzle-orm";
import { serviceAssignments } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { OPEN_STATUSES } from "@/lib/service/status";
import { parseInput } from "@/lib/validation";
import { recordEntries } from "./list-record-entries";
import { timerTargetSchema } from "./schemas";
import { userTotalsOnRecord } from "./totals";

/**
 * Everything the record page's timer card shows, in one call: entries, per-user and record
 * totals, the viewer's own running entry, their check-in/out, and what they may do.
 */
export async function getRecordTimer(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.view");
  const { recordId } = parseInput(timerTargetSchema, input);
  const record = await getServiceRecordInOrgOrThrow(ctx.t, recordId);
  const [entries, users, [assignment]] = await Promise.all([
    recordEntries(ctx.t, recordId),
    userTotalsOnRecord(ctx.t, recordId),
    ctx.t.db
      .select({ response: serviceAssignments.response, checkInAt: serviceAssignments.checkInAt, checkOutAt: serviceAssignments.checkOutAt })
      .from(serviceAssignments)
      .where(ctx.t.where(serviceAssignments, and(eq(serviceAssignments.recordId, recordId), eq(serviceAssignments.userId, ctx.actor.userId)))),
  ]);
  const mine = entries.find((e) => e.userId === ctx.actor.userId && e.stoppedAt === null);
  return {
    recordId,
    number: record.number,
    status: record.status,
    isOpen: OPEN_STATUSES.includes(record.status),
    entries,
    users,
    /** Finished seconds only; running entries are added live by the page. */
    totalSeconds: users.reduce((sum, u) => sum + u.seconds, 0),
    runningEntryId: mine?.id ?? null,
    canLog: can(ctx.actor, "timeEntries.log"),
    canCorrect: can(ctx.actor, "timeEntries.correct"),
    isAssignee: !!assignment && assignment.response !== "rejected",
    checkInAt: assignment?.checkInAt?.toISOString() ?? null,
    checkOutAt: assignment?.checkOutAt?.toISOString() ?? null,
  };
}

export type RecordTimerData = Awaited<ReturnType<typeof getRecordTimer>>;
