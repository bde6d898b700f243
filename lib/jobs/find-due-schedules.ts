import "server-only";
import { and, asc, eq, isNotNull, isNull, lte, notExists, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { sameOrg } from "@/lib/db/tenant";
import { jobFailures, maintenanceSchedules } from "@/db/schema";

/** Schedules per sweep: a backlog (after downtime) is worked off minute by minute, the longest due first. */
const BATCH = 1000;

/** The generator's queue (lib/schedules/generate-occurrences.ts); a constant here so this read needs no job module. */
export const SCHEDULE_QUEUE = "schedule-occurrences";

/**
 * Live schedules of every org whose next record is due by `at` (their cached next_due_at, which
 * the generator and every edit rewrite). The sweep's read, with the owner's connection because it
 * serves all orgs at once (lib/README.md, "Jobs"); the schedule's job decides the rest.
 *
 * A schedule whose job gave up (an open dead letter in job_failures, not yet retried) is left out:
 * queuing it again every minute would fail again every minute and bury the one row an admin needs.
 * Retry on Settings → Background jobs runs it once more and, by marking the row, lets the sweep
 * find it again.
 */
export async function findDueSchedules(at: Date) {
  return db
    .select({ orgId: maintenanceSchedules.orgId, scheduleId: maintenanceSchedules.id, dueAt: maintenanceSchedules.nextDueAt })
    .from(maintenanceSchedules)
    .where(
      and(
        isNull(maintenanceSchedules.pausedAt),
        isNotNull(maintenanceSchedules.nextDueAt),
        lte(maintenanceSchedules.nextDueAt, at),
        notExists(
          db
            .select({ one: sql`1` })
            .from(jobFailures)
            .where(
              sameOrg(
                jobFailures,
                maintenanceSchedules,
                eq(jobFailures.queue, SCHEDULE_QUEUE),
                isNull(jobFailures.retriedAt),
                sql`${jobFailures.data} ->> 'scheduleId' = ${maintenanceSchedules.id}::text`,
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(maintenanceSchedules.nextDueAt))
    .limit(BATCH);
}
