import "server-only";
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { timeEntries, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { parseInput } from "@/lib/validation";
import { timerTargetSchema } from "./schemas";

/**
 * Seconds of finished work, summed in SQL from (stopped_at − started_at). Our verbs store whole
 * seconds (internal.ts `toWholeSecond`); each entry is still floored before summing, so a stop
 * written with milliseconds by another path cannot make a total differ from the sum of the
 * entries' shown durations. Running entries are left out: whoever shows a total live adds
 * `now − runningSince` itself.
 */
const stoppedSeconds = sql<string>`coalesce(sum(floor(extract(epoch from (${timeEntries.stoppedAt} - ${timeEntries.startedAt})))) filter (where ${timeEntries.stoppedAt} is not null), 0)::bigint`;

/** Finished seconds per record, for lists and reports (records without time are absent → 0). */
export async function stoppedSecondsByRecord(t: Tenant, recordIds: string[]) {
  if (recordIds.length === 0) return new Map<string, number>();
  const rows = await t.db
    .select({ recordId: timeEntries.recordId, seconds: stoppedSeconds })
    .from(timeEntries)
    .where(t.where(timeEntries, inArray(timeEntries.recordId, recordIds), isNotNull(timeEntries.stoppedAt)))
    .groupBy(timeEntries.recordId);
  return new Map(rows.map((r) => [r.recordId, Number(r.seconds)]));
}

export type UserTotal = { userId: string; name: string; seconds: number; runningSince: string | null };

/** Per-user totals on one record (finished seconds plus when a still-running timer started). */
export async function userTotalsOnRecord(t: Tenant, recordId: string): Promise<UserTotal[]> {
  const rows = await t.db
    .select({
      userId: timeEntries.userId,
      name: users.name,
      seconds: stoppedSeconds,
      runningSince: sql<Date | null>`min(${timeEntries.startedAt}) filter (where ${timeEntries.stoppedAt} is null)`.mapWith(
        (v: string | Date | null) => (v === null ? null : new Date(v)),
      ),
    })
    .from(timeEntries)
    .innerJoin(users, eq(users.id, timeEntries.userId))
    .where(t.where(timeEntries, and(eq(timeEntries.recordId, recordId))))
    .groupBy(timeEntries.userId, users.name)
    .orderBy(asc(users.name));
  return rows.map((r) => ({ userId: r.userId, name: r.name, seconds: Number(r.seconds), runningSince: r.runningSince?.toISOString() ?? null }));
}

/** SPEC S3: the record's total and each person's share, exact to the second. */
export async function getRecordTotals(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.view");
  const { recordId } = parseInput(timerTargetSchema, input);
  await getServiceRecordInOrgOrThrow(ctx.t, recordId);
  const users = await userTotalsOnRecord(ctx.t, recordId);
  return { totalSeconds: users.reduce((sum, u) => sum + u.seconds, 0), users };
}
