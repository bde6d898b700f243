import "server-only";
import { and, asc, isNotNull, isNull, lte } from "drizzle-orm";
import { db } from "@/db/client";
import { maintenanceSchedules } from "@/db/schema";

/** Schedules per sweep: a backlog (after downtime) is worked off minute by minute, the longest due first. */
const BATCH = 1000;

/**
 * Live schedules of every org whose next record is due by `at` (their cached next_due_at, which
 * the generator and every edit rewrite). The sweep's read, with the owner's connection because it
 * serves all orgs at once (lib/README.md, "Jobs"); the schedule's job decides the rest.
 */
export async function findDueSchedules(at: Date) {
  return db
    .select({ orgId: maintenanceSchedules.orgId, scheduleId: maintenanceSchedules.id, dueAt: maintenanceSchedules.nextDueAt })
    .from(maintenanceSchedules)
    .where(and(isNull(maintenanceSchedules.pausedAt), isNotNull(maintenanceSchedules.nextDueAt), lte(maintenanceSchedules.nextDueAt, at)))
    .orderBy(asc(maintenanceSchedules.nextDueAt))
    .limit(BATCH);
}
