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
 * Deletes a schedule (the page asks first; Manage, like a contract). Its occurrence rows and
 * technicians go with it (foreign keys cascade); the service records it filed stay, they are the
 * customer's history and may already be worked on. A job already queued for it finds no schedule
 * and does nothing (generate-occurrences.ts).
 */
export async function deleteSchedule(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "schedules.delete");
  const { id, version } = parseInput(scheduleTargetSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getScheduleInOrgOrThrow(t, id, { lock: true });
    if (current.version !== version) throw new ConflictError("staleVersion");
    await t.db.delete(maintenanceSchedules).where(t.where(maintenanceSchedules, eq(maintenanceSchedules.id, id)));
    await recordActivity(ctx, t, { kind: "schedule.deleted", entityId: id, customerId: current.customerId, summary: current.title });
    return { id };
  });
}
