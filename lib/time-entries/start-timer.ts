import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { serviceRecords, timeEntries } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { checkWeeklyMax } from "@/lib/plans/check-weekly-max";
import { getServiceRecordInOrgOrThrow, moveStatus } from "@/lib/service/internal";
import { parseInput } from "@/lib/validation";
import { type Clock, assertRecordOpen, findRunningEntry, instantOf, lockTimerOwner, stopEntry } from "./internal";
import { timerTargetSchema } from "./schemas";

/**
 * SPEC S3: the acting user starts working on a record.
 *
 * One running timer per user per org, and starting another one SWITCHES rather than refuses: the
 * running timer stops at the very instant the new one starts (`switchedFrom` says which), so a
 * technician who picks up the phone mid-job never loses a second nor double-counts one.
 *
 * Starting work on a new or assigned record moves it to in progress and fills its actual start.
 * `weeklyMax`: the numbers when the record's service plan has reached its weekly maximum this week.
 */
export async function startTimer(ctx: OrgContext, input: unknown, clock: Clock = {}) {
  requirePermission(ctx, "timeEntries.log");
  const { recordId } = parseInput(timerTargetSchema, input);
  const userId = ctx.actor.userId;
  return ctx.t.transaction(async (t) => {
    await lockTimerOwner(t, userId);
    const record = await getServiceRecordInOrgOrThrow(t, recordId, { lock: true });
    assertRecordOpen(record);
    const at = instantOf(clock);

    const running = await findRunningEntry(t, userId);
    if (running?.recordId === recordId) {
      // A second press (another tab, a double click) is not a new run.
      return { entryId: running.id, recordId, startedAt: running.startedAt.toISOString(), switchedFrom: null, weeklyMax: null };
    }
    const switchedFrom = running ? { recordId: running.recordId, number: running.number } : null;
    if (running) await stopEntry(ctx, t, running, at);

    const [entry] = await t.db
      .insert(timeEntries)
      .values(t.values({ recordId, userId, startedAt: at, source: "timer" as const }))
      .returning({ id: timeEntries.id });

    if (record.status === "new" || record.status === "assigned") {
      await moveStatus(ctx, t, record, "in_progress", { actualStart: record.actualStart ?? at });
    } else if (!record.actualStart) {
      await t.db
        .update(serviceRecords)
        .set({ actualStart: at, version: record.version + 1 })
        .where(t.where(serviceRecords, and(eq(serviceRecords.id, recordId), isNull(serviceRecords.actualStart))));
    }
    await recordActivity(ctx, t, { kind: "service.timeLogged", entityId: recordId, customerId: record.customerId, summary: `#${record.number} ▶` });
    // The record's plan may have a weekly maximum this week's work has reached: warn with the numbers.
    const weeklyMax = await checkWeeklyMax(ctx, t, recordId);
    return { entryId: entry!.id, recordId, startedAt: at.toISOString(), switchedFrom, weeklyMax };
  });
}
