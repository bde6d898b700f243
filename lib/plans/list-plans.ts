import "server-only";
import { asc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { customers, servicePlans } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { decodeCursor, encodeCursor } from "@/lib/db/keyset";
import { requirePermission } from "@/lib/permissions/require-permission";
import { type PlanQuery, parsePlanQuery } from "./list-params";

export const PAGE_SIZE = 50;

function filters(query: PlanQuery): (SQL | undefined)[] {
  return [
    query.method ? eq(servicePlans.billingMethod, query.method) : undefined,
    query.customer ? eq(servicePlans.customerId, query.customer) : undefined,
    query.archived ? undefined : isNull(servicePlans.archivedAt),
  ];
}

/** By title, then id; the cursor carries both. */
function after(raw: string | undefined): SQL | undefined {
  const cursor = decodeCursor(raw);
  return cursor ? sql`(${servicePlans.title}, ${servicePlans.id}) > (${cursor.v}, ${cursor.id}::uuid)` : undefined;
}

/** One keyset page of the plan list (SPEC K2); no count — the header shows whether more follow. */
export async function listPlans(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "plans.view");
  const query = parsePlanQuery(input);
  const t = ctx.t;
  const rows = await t.db
    .select({
      id: servicePlans.id,
      title: servicePlans.title,
      customerId: servicePlans.customerId,
      customerName: customers.name,
      billingMethod: servicePlans.billingMethod,
      billingPeriod: servicePlans.billingPeriod,
      includedMinutes: servicePlans.includedMinutes,
      firstPeriodStart: servicePlans.firstPeriodStart,
      archivedAt: servicePlans.archivedAt,
    })
    .from(servicePlans)
    .innerJoin(customers, t.where(customers, eq(customers.id, servicePlans.customerId)))
    .where(t.where(servicePlans, ...filters(query), after(query.after)))
    .orderBy(asc(servicePlans.title), asc(servicePlans.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor({ v: last.title, id: last.id }) : null };
}

export type PlanListRow = Awaited<ReturnType<typeof listPlans>>["rows"][number];
