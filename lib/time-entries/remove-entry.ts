import "server-only";
import { eq } from "drizzle-orm";
import { timeEntries } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { postTimeToPlan } from "@/lib/plans/post-time-to-plan";
import { parseInput } from "@/lib/validation";
import { formatDuration, secondsBetween } from "./format";
import { assertTimeEditable, getEntryInOrgOrThrow, lockTimerOwner } from "./internal";
import { entryTargetSchema } from "./schemas";

/** Edit level: removes anyone's entry (a running one is discarded), keeping its span in the activity. */
export async function removeEntry(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "timeEntries.correct");
  const { id } = parseInput(entryTargetSchema, input);
  return ctx.t.transaction(async (t) => {
    const { userId } = await getEntryInOrgOrThrow(t, id);
    await lockTimerOwner(t, userId);
    const entry = await getEntryInOrgOrThrow(t, id);
    assertTimeEditable(entry);
    await t.db.delete(timeEntries).where(t.where(timeEntries, eq(timeEntries.id, id)));
    await recordActivity(ctx, t, {
      kind: "service.timeCorrected",
      entityId: entry.recordId,
      customerId: entry.customerId,
      summary: entry.stoppedAt ? `#${entry.number} −${formatDuration(secondsBetween(entry.startedAt, entry.stoppedAt))}` : `#${entry.number}`,
      changes: {
        startedAt: { from: entry.startedAt.toISOString(), to: null },
        stoppedAt: { from: entry.stoppedAt?.toISOString() ?? null, to: null },
      },
    });
    await postTimeToPlan(ctx, t, { recordId: entry.recordId, timeEntryId: id });
    return { id, recordId: entry.recordId };
  });
}
