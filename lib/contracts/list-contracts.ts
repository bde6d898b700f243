import "server-only";
import { and, asc, eq, gte, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { contracts, customers, picklistItems } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { decodeCursor, encodeCursor } from "@/lib/db/keyset";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { labelIn } from "@/lib/service/get-service-record";
import { type ContractQuery, parseContractQuery } from "./list-params";
import { contractStateIn, stateOfRow, todayIn } from "./state-sql";

export const PAGE_SIZE = 50;

/** The list's filters; exported for countContracts, which must count exactly the rows the list shows. */
export function contractFilters(ctx: OrgContext, query: ContractQuery, today: string): (SQL | undefined)[] {
  return [
    contractStateIn(ctx.t, query.state, today),
    query.type ? eq(contracts.typeId, query.type) : undefined,
    query.customer ? eq(contracts.customerId, query.customer) : undefined,
    // "Ending within N days": the term's last day falls between today and today + N.
    query.within !== undefined
      ? and(gte(contracts.endsOn, sql`${today}::date`), lte(contracts.endsOn, sql`${today}::date + ${query.within}::int`))
      : undefined,
  ];
}

/** Soonest end first, open-ended contracts last; the cursor carries the end ("" for none) and the id. */
function after(cursorRaw: string | undefined): SQL | undefined {
  const cursor = decodeCursor(cursorRaw);
  if (!cursor) return undefined;
  if (!/^(\d{4}-\d{2}-\d{2})?$/.test(cursor.v)) return undefined;
  const id = sql`${cursor.id}::uuid`;
  if (cursor.v === "") return and(isNull(contracts.endsOn), sql`${contracts.id} > ${id}`);
  return or(sql`(${contracts.endsOn}, ${contracts.id}) > (${cursor.v}::date, ${id})`, isNull(contracts.endsOn));
}

/**
 * One keyset page of the filtered view; no count (countContracts backs the header). The state is
 * derived per row in SQL by the same rule the filter uses, for today in the org's zone.
 */
export async function listContracts(ctx: OrgContext, input: unknown, locale: Locale = "en") {
  requirePermission(ctx, "contracts.view");
  const query = parseContractQuery(input);
  const today = todayIn(ctx.org.timeZone, now());
  const t = ctx.t;
  const rows = await t.db
    .select({
      id: contracts.id,
      name: contracts.name,
      customerId: contracts.customerId,
      customerName: customers.name,
      typeLabels: picklistItems.labels,
      startsOn: contracts.startsOn,
      endsOn: contracts.endsOn,
      autoRenew: contracts.autoRenew,
      state: stateOfRow(t, today),
    })
    .from(contracts)
    .innerJoin(customers, t.where(customers, eq(customers.id, contracts.customerId)))
    .innerJoin(picklistItems, t.where(picklistItems, eq(picklistItems.id, contracts.typeId)))
    .where(t.where(contracts, ...contractFilters(ctx, query, today), after(query.after)))
    .orderBy(sql`${contracts.endsOn} asc nulls last`, asc(contracts.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page.map(({ typeLabels, ...row }) => ({ ...row, typeLabel: labelIn(typeLabels, locale) ?? "" })),
    nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor({ v: last.endsOn ?? "", id: last.id }) : null,
  };
}

export type ContractListRow = Awaited<ReturnType<typeof listContracts>>["rows"][number];
