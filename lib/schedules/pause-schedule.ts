import "server-only";
import { eq } from "drizzle-orm";
import { maintenanceSchedules } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getScheduleInOrgOrThrow } from "./internal";
import { scheduleTargetSchema } from "./schemas";

/**
 * A paused schedule generates nothing (the sweep skips it). Its cursor stays where it was, so on
 * resume (resume-schedule.ts) the occurrences that fell due meanwhile are late ones and its
 * catch-up policy decides about them, as after downtime.
 */
export async function pauseSchedule(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "schedules.pause");
  const { id, version } = parseInput(scheduleTargetSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getScheduleInOrgOrThrow(t, id, { lock: true });
    if (current.version !== version) throw new ConflictError("staleVersion");
    if (current.pausedAt) return { id, version };
    await t.db
      .update(maintenanceSchedules)
      .set({ pausedAt: now(), version: version + 1 })
      .where(t.where(maintenanceSchedules, eq(maintenanceSchedules.id, id)));
    await recordActivity(ctx, t, { kind: "schedule.paused", entityId: id, customerId: current.customerId, summary: current.title });
    return { id, version: version + 1 };
  });
}
