import "server-only";
import { eq } from "drizzle-orm";
import { maintenanceSchedules } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getScheduleInOrgOrThrow } from "./internal";
import { scheduleTargetSchema } from "./schemas";

/**
 * Generation starts again from where it stopped: what fell due while paused is decided by the
 * schedule's catch-up policy on the next sweep (the default creates the visits still to come and
 * marks the past ones missed, with a notification).
 */
export async function resumeSchedule(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "schedules.pause");
  const { id, version } = parseInput(scheduleTargetSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getScheduleInOrgOrThrow(t, id, { lock: true });
    if (current.version !== version) throw new ConflictError("staleVersion");
    if (!current.pausedAt) return { id, version };
    await t.db
      .update(maintenanceSchedules)
      .set({ pausedAt: null, version: version + 1 })
      .where(t.where(maintenanceSchedules, eq(maintenanceSchedules.id, id)));
    await recordActivity(ctx, t, { kind: "schedule.resumed", entityId: id, customerId: current.customerId, summary: current.title });
    return { id, version: version + 1 };
  });
}
