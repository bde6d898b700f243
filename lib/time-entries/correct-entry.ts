import "server-only";
import { eq } from "drizzle-orm";
import { timeEntries } from "@/db/schema";
import { diffFields, recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ValidationError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { postTimeToPlan } from "@/lib/plans/post-time-to-plan";
import { parseInput } from "@/lib/validation";
import { formatDuration, secondsBetween } from "./format";
import { type Clock, assertNoOverlap, assertTimeEditable, getEntryInOrgOrThrow, instantOf, lockTimerOwner } from "./internal";
import { correctEntrySchema } from "./schemas";

/**
 * Edit level: changes the start/stop (and note) of anyone's entry, with before/after in the
 * activity feed. A running entry may get an earlier start or be stopped at a chosen time; a
 * stopped entry cannot be made to run again (that could give its owner two running timers).
 */
export async function correctEntry(ctx: OrgContext, input: unknown, clock: Clock = {}) {
  requirePermission(ctx, "timeEntries.correct");
  const { id, startedAt, stoppedAt, note } = parseInput(correctEntrySchema, input);
  const now = instantOf(clock);
  if (startedAt > now) throw new ValidationError({ startedAt: "inFuture" });
  if (stoppedAt && stoppedAt > now) throw new ValidationError({ stoppedAt: "inFuture" });
  return ctx.t.transaction(async (t) => {
    const { userId } = await getEntryInOrgOrThrow(t, id);
    await lockTimerOwner(t, userId);
    // Read again under the owner's lock: their timer may have stopped in between.
    const entry = await getEntryInOrgOrThrow(t, id);
    assertTimeEditable(entry);
    if (entry.stoppedAt && !stoppedAt) throw new ValidationError({ stoppedAt: "required" });
    await assertNoOverlap(t, userId, startedAt, stoppedAt, id);

    const before = { startedAt: entry.startedAt.toISOString(), stoppedAt: entry.stoppedAt?.toISOString() ?? null, note: entry.note };
    const after = { startedAt: startedAt.toISOString(), stoppedAt: stoppedAt?.toISOString() ?? null, note };
    const changes = diffFields(before, after);
    if (Object.keys(changes).length === 0) return { id, ...after };

    await t.db
      .update(timeEntries)
      .set({ startedAt, stoppedAt, note })
      .where(t.where(timeEntries, eq(timeEntries.id, id)));
    await recordActivity(ctx, t, {
      kind: "service.timeCorrected",
      entityId: entry.recordId,
      customerId: entry.customerId,
      summary: stoppedAt ? `#${entry.number} ${formatDuration(secondsBetween(startedAt, stoppedAt))}` : `#${entry.number}`,
      changes,
    });
    await postTimeToPlan(ctx, t, { recordId: entry.recordId, timeEntryId: id });
    return { id, ...after };
  });
}
