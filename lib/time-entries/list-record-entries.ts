import "server-only";
import { desc, eq } from "drizzle-orm";
import { timeEntries, users } from "@/db/schema";
import type { TimeEntrySource } from "@/db/schema/enum-values";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { parseInput } from "@/lib/validation";
import { secondsBetween } from "./format";
import { timerTargetSchema } from "./schemas";

export type TimeEntryRow = {
  id: string;
  userId: string;
  userName: string;
  startedAt: string;
  /** null while the timer runs */
  stoppedAt: string | null;
  /** null while the timer runs: the page ticks it from startedAt */
  seconds: number | null;
  source: TimeEntrySource;
  note: string | null;
};

export async function recordEntries(t: Tenant, recordId: string): Promise<TimeEntryRow[]> {
  const rows = await t.db
    .select({
      id: timeEntries.id,
      userId: timeEntries.userId,
      userName: users.name,
      startedAt: timeEntries.startedAt,
      stoppedAt: timeEntries.stoppedAt,
      source: timeEntries.source,
      note: timeEntries.note,
    })
    .from(timeEntries)
    .innerJoin(users, eq(users.id, timeEntries.userId))
    .where(t.where(timeEntries, eq(timeEntries.recordId, recordId)))
    .orderBy(desc(timeEntries.startedAt), desc(timeEntries.id));
  return rows.map((r) => ({
    ...r,
    startedAt: r.startedAt.toISOString(),
    stoppedAt: r.stoppedAt?.toISOString() ?? null,
    seconds: r.stoppedAt ? secondsBetween(r.startedAt, r.stoppedAt) : null,
  }));
}

/** A record's time entries, newest first, with who worked them. */
export async function listRecordEntries(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.view");
  const { recordId } = parseInput(timerTargetSchema, input);
  await getServiceRecordInOrgOrThrow(ctx.t, recordId);
  return recordEntries(ctx.t, recordId);
}
