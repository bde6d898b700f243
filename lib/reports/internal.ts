import "server-only";
import { and, type Column, eq, getTableName, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import { picklistItems, serviceAssignments, serviceRecords, timeEntries, users, type PicklistLabels } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import type { Locale } from "@/lib/i18n/locales";

/** Rows a report page shows; totals are computed over every matching record regardless. */
export const ROW_LIMIT = 1000;
/** An export stops here so one request cannot hold the server for an unbounded range. */
export const EXPORT_CAP = 100_000;

/**
 * A stopped run's length in whole seconds, floored per entry — the same rule as the timer's own
 * totals (lib/time-entries/totals.ts), so a record's time in a report matches its page. The timer
 * stores whole seconds anyway; flooring each entry before summing keeps every total (per record,
 * per type, per technician) an exact sum of its entries. A running timer counts once it stops.
 */
export const ENTRY_SECONDS = sql`floor(extract(epoch from (${timeEntries.stoppedAt} - ${timeEntries.startedAt})))::bigint`;

/**
 * A column written as "table"."column" whatever query it lands in. Drizzle leaves columns bare in
 * a single-table subquery, where a bare "org_id" in a correlated subquery would bind to the inner
 * table's own column instead of the outer record's.
 */
export function outer(column: Column) {
  // The client maps names with `casing: "snake_case"`; a raw identifier has to do the same.
  const name = column.keyAsName ? toSnakeCase(column.name) : column.name;
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(name)}`;
}
const RECORD_ORG = outer(serviceRecords.orgId);
const RECORD_ID = outer(serviceRecords.id);

/** Seconds logged on the service record of the enclosing query, optionally by one user only. */
export function recordSeconds(userId?: string) {
  return sql<number>`(select coalesce(sum(${ENTRY_SECONDS}), 0)::bigint from ${timeEntries}
    where ${timeEntries.orgId} = ${RECORD_ORG} and ${timeEntries.recordId} = ${RECORD_ID}
      and ${isNotNull(timeEntries.stoppedAt)}${userId ? sql` and ${timeEntries.userId} = ${userId}` : sql``})`.mapWith(Number);
}

/**
 * Who worked on the record of the enclosing query: people assigned to it (unless they rejected)
 * and anyone who logged time on it, by name.
 */
export const RECORD_TECHNICIANS = sql<string[]>`array(select ${users.name} from ${users} where ${users.id} in (
    select ${serviceAssignments.userId} from ${serviceAssignments}
      where ${serviceAssignments.orgId} = ${RECORD_ORG} and ${serviceAssignments.recordId} = ${RECORD_ID}
        and ${serviceAssignments.response} <> 'rejected'
    union
    select ${timeEntries.userId} from ${timeEntries}
      where ${timeEntries.orgId} = ${RECORD_ORG} and ${timeEntries.recordId} = ${RECORD_ID}
  ) order by ${users.name})`;

/** Records a user worked on: logged time on, or is assigned to and did not reject. */
export function involves(userId: string): SQL {
  return sql`(exists (select 1 from ${timeEntries}
      where ${timeEntries.orgId} = ${RECORD_ORG} and ${timeEntries.recordId} = ${RECORD_ID} and ${timeEntries.userId} = ${userId})
    or exists (select 1 from ${serviceAssignments}
      where ${serviceAssignments.orgId} = ${RECORD_ORG} and ${serviceAssignments.recordId} = ${RECORD_ID}
        and ${serviceAssignments.userId} = ${userId} and ${serviceAssignments.response} <> 'rejected'))`;
}

/** The customer's score counts once the customer has approved (approved or closed records). */
const SCORED = and(inArray(serviceRecords.status, ["approved", "closed"]), isNotNull(serviceRecords.approvalScore));

/** Average of approved records' scores to two decimals, and how many records it averages. */
export const averageScore = sql<number | null>`round(avg(${serviceRecords.approvalScore}) filter (where ${SCORED}), 2)::float8`;
export const scoredCount = sql<number>`count(*) filter (where ${SCORED})::int`;

/** Joins a record's service type item within the same org. */
export function serviceTypeJoin(orgId: Parameters<typeof eq>[0], typeId: Parameters<typeof eq>[0]) {
  return and(eq(picklistItems.orgId, orgId), eq(picklistItems.id, typeId));
}

/** A picklist item's label in the viewer's language, falling back like listPicklist does. */
export function labelIn(item: { key: string | null; labels: PicklistLabels | null }, locale: Locale) {
  if (!item.key) return null;
  const labels = item.labels ?? {};
  return labels[locale] || labels.en || Object.values(labels).find(Boolean) || item.key;
}

/**
 * Every report reads several aggregates; one repeatable-read snapshot keeps them consistent with
 * each other while timers keep stopping.
 */
export function readSnapshot<R>(t: Tenant, fn: (t: Tenant) => Promise<R>) {
  return t.transaction(async (tx) => {
    await tx.db.execute(sql`set transaction isolation level repeatable read, read only`);
    return fn(tx);
  });
}
