import "server-only";
import { timeEntries } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ValidationError } from "@/lib/errors";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { postTimeToPlan } from "@/lib/plans/post-time-to-plan";
import { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { parseInput } from "@/lib/validation";
import { formatDuration, secondsBetween } from "./format";
import { type Clock, assertNoOverlap, assertRecordOpen, instantOf, lockTimerOwner } from "./internal";
import { manualEntrySchema } from "./schemas";

/**
 * Work done without the timer running (the phone rang on the road): the acting user's own time,
 * in the past, on an open record, not overlapping their other entries. Logged with its span.
 */
export async function addManualEntry(ctx: OrgContext, input: unknown, clock: Clock = {}) {
  requirePermission(ctx, "timeEntries.log");
  const { recordId, startedAt, stoppedAt, note, idempotencyKey } = parseInput(manualEntrySchema, input);
  if (stoppedAt > instantOf(clock)) throw new ValidationError({ stoppedAt: "inFuture" });
  const userId = ctx.actor.userId;
  return ctx.t.transaction((t) =>
    createOnce(ctx, t, "timeEntries.create", idempotencyKey, async () => {
      await lockTimerOwner(t, userId);
      const record = await getServiceRecordInOrgOrThrow(t, recordId, { lock: true });
      assertRecordOpen(record);
      await assertNoOverlap(t, userId, startedAt, stoppedAt);
      const [entry] = await t.db
        .insert(timeEntries)
        .values(t.values({ recordId, userId, startedAt, stoppedAt, note, source: "manual" as const }))
        .returning({ id: timeEntries.id });
      await recordActivity(ctx, t, {
        kind: "service.timeLogged",
        entityId: recordId,
        customerId: record.customerId,
        summary: `#${record.number} ${formatDuration(secondsBetween(startedAt, stoppedAt))}`,
        changes: { startedAt: { from: null, to: startedAt.toISOString() }, stoppedAt: { from: null, to: stoppedAt.toISOString() } },
      });
      await postTimeToPlan(ctx, t, { recordId, timeEntryId: entry!.id });
      return { id: entry!.id, recordId, startedAt: startedAt.toISOString(), stoppedAt: stoppedAt.toISOString() };
    }),
  );
}
