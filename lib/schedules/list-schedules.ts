import "server-only";
import { and, asc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { customers, maintenanceSchedules } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { decodeCursor, encodeCursor } from "@/lib/db/keyset";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseScheduleQuery, type ScheduleQuery } from "./list-params";

export const PAGE_SIZE = 50;

/** The list's filters; exported for countSchedules, which must count exactly the rows the list shows. */
export function scheduleFilters(query: ScheduleQuery): (SQL | undefined)[] {
  const s = maintenanceSchedules;
  return [
    query.state === "paused" ? isNotNull(s.pausedAt) : undefined,
    // Ended: the rule has no occurrence left to decide.
    query.state === "ended" ? and(isNull(s.pausedAt), isNull(s.nextDueAt)) : undefined,
    query.state === "active" ? and(isNull(s.pausedAt), isNotNull(s.nextDueAt)) : undefined,
    query.customer ? eq(s.customerId, query.customer) : undefined,
  ];
}

/** By title, then id; the cursor carries both. */
function after(cursorRaw: string | undefined): SQL | undefined {
  const cursor = decodeCursor(cursorRaw);
  if (!cursor) return undefined;
  return sql`(${maintenanceSchedules.title}, ${maintenanceSchedules.id}) > (${cursor.v}, ${cursor.id}::uuid)`;
}

/** One keyset page of the filtered view; no count (countSchedules backs the header). */
export async function listSchedules(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "schedules.view");
  const query = parseScheduleQuery(input);
  const t = ctx.t;
  const s = maintenanceSchedules;
  const rows = await t.db
    .select({
      id: s.id,
      title: s.title,
      customerId: s.customerId,
      customerName: customers.name,
      rrule: s.rrule,
      holidayMove: s.holidayMove,
      leadDays: s.leadDays,
      pausedAt: s.pausedAt,
      nextDueAt: s.nextDueAt,
    })
    .from(s)
    .innerJoin(customers, t.where(customers, eq(customers.id, s.customerId)))
    .where(t.where(s, ...scheduleFilters(query), after(query.after)))
    .orderBy(asc(s.title), asc(s.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor({ v: last.title, id: last.id }) : null,
  };
}

export type ScheduleListRow = Awaited<ReturnType<typeof listSchedules>>["rows"][number];
