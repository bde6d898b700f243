import "server-only";
import { eq, isNull } from "drizzle-orm";
import { customers, serviceRecords, timeEntries } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";

export type RunningTimer = {
  entryId: string;
  recordId: string;
  number: number;
  subject: string;
  customerName: string | null;
  startedAt: string;
};

/**
 * The acting user's running timer in this org, for the header on every page: one query that the
 * partial unique index time_entries_one_running_idx answers, joined by primary keys.
 */
export async function getRunningTimer(ctx: OrgContext): Promise<RunningTimer | null> {
  requirePermission(ctx, "serviceRecords.view");
  const [row] = await ctx.t.db
    .select({
      entryId: timeEntries.id,
      recordId: timeEntries.recordId,
      number: serviceRecords.number,
      subject: serviceRecords.subject,
      customerName: customers.name,
      startedAt: timeEntries.startedAt,
    })
    .from(timeEntries)
    .innerJoin(serviceRecords, ctx.t.where(serviceRecords, eq(serviceRecords.id, timeEntries.recordId)))
    .leftJoin(customers, ctx.t.where(customers, eq(customers.id, serviceRecords.customerId)))
    .where(ctx.t.where(timeEntries, eq(timeEntries.userId, ctx.actor.userId), isNull(timeEntries.stoppedAt)));
  return row ? { ...row, startedAt: row.startedAt.toISOString() } : null;
}
