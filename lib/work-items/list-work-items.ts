import "server-only";
import { and, desc, eq, ilike, isNull, lt, notInArray, or, sql, type SQL } from "drizzle-orm";
import { customers, users, workItems } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { decodeCursor, encodeCursor } from "@/lib/db/keyset";
import { instantInRange } from "@/lib/fields/dates";
import { requirePermission } from "@/lib/permissions/require-permission";
import { containsPattern } from "@/lib/search/contains-pattern";
import { parseWorkQuery, type WorkQuery } from "./list-params";

export const PAGE_SIZE = 50;

/** Open work past its due instant (SPEC C4's boundary: due exactly now is not yet overdue). */
export function overdueAt(at: Date): SQL {
  return and(lt(workItems.dueAt, at), notInArray(workItems.status, ["done", "cancelled"])) as SQL;
}

/** The list's filters; exported for countWorkItems, which must count exactly the rows the list shows. */
export function workFilters(ctx: OrgContext, query: WorkQuery): (SQL | undefined)[] {
  return [
    query.kind ? eq(workItems.kind, query.kind) : undefined,
    query.status ? eq(workItems.status, query.status) : undefined,
    query.assignee ? eq(workItems.assigneeId, query.assignee) : undefined,
    query.mine ? eq(workItems.assigneeId, ctx.actor.userId) : undefined,
    query.customer ? eq(workItems.customerId, query.customer) : undefined,
    query.overdue ? overdueAt(now()) : undefined,
    query.q ? ilike(workItems.title, containsPattern(query.q)) : undefined,
  ];
}

/** Soonest due first, undated last; or newest first. The cursor carries the sort value and the id. */
function after(query: WorkQuery): SQL | undefined {
  const cursor = decodeCursor(query.after);
  if (!cursor) return undefined;
  const id = sql`${cursor.id}::uuid`;
  if (query.sort === "created") {
    const at = new Date(cursor.v);
    if (!instantInRange(at)) return undefined;
    return sql`(${workItems.createdAt}, ${workItems.id}) < (${at.toISOString()}::timestamptz, ${id})`;
  }
  if (cursor.v === "") return and(isNull(workItems.dueAt), sql`${workItems.id} > ${id}`);
  const at = new Date(cursor.v);
  if (!instantInRange(at)) return undefined;
  return or(sql`(${workItems.dueAt}, ${workItems.id}) > (${at.toISOString()}::timestamptz, ${id})`, isNull(workItems.dueAt));
}

/** One keyset page of the filtered view (SPEC W1); no count (countWorkItems backs the header). */
export async function listWorkItems(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "tasks.view");
  const query = parseWorkQuery(input);
  const t = ctx.t;
  const rows = await t.db
    .select({
      id: workItems.id,
      kind: workItems.kind,
      title: workItems.title,
      status: workItems.status,
      priority: workItems.priority,
      dueAt: workItems.dueAt,
      completedAt: workItems.completedAt,
      createdAt: workItems.createdAt,
      assigneeId: workItems.assigneeId,
      assigneeName: users.name,
      customerId: workItems.customerId,
      customerName: customers.name,
    })
    .from(workItems)
    .leftJoin(users, eq(users.id, workItems.assigneeId))
    // A customer out of the actor's sight stays unnamed; the item itself is visible by its own rule.
    .leftJoin(customers, t.where(customers, eq(customers.id, workItems.customerId)))
    .where(t.where(workItems, ...workFilters(ctx, query), after(query)))
    .orderBy(
      ...(query.sort === "created"
        ? [desc(workItems.createdAt), desc(workItems.id)]
        : [sql`${workItems.dueAt} asc nulls last`, sql`${workItems.id} asc`]),
    )
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  const cursorValue = (row: NonNullable<typeof last>) => (query.sort === "created" ? row.createdAt.toISOString() : (row.dueAt?.toISOString() ?? ""));
  return {
    rows: page.map((row) => ({
      ...row,
      dueAt: row.dueAt?.toISOString() ?? null,
      completedAt: row.completedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
    nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor({ v: cursorValue(last), id: last.id }) : null,
  };
}

export type WorkListRow = Awaited<ReturnType<typeof listWorkItems>>["rows"][number];
