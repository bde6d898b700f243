import "server-only";
import { and, desc, eq, exists, gt, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { customers, picklistItems, serviceAssignments, serviceRecords, users } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { feedCursor, olderThan } from "@/lib/db/keyset";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { labelIn } from "./get-service-record";
import { parseServiceQuery, type ServiceQuery, type SlaListFilter } from "./list-params";

export const PAGE_SIZE = 50;

type Assignee = { userId: string; name: string; response: (typeof serviceAssignments.$inferSelect)["response"] };

/** "Breaching within" the next hour, on the wall clock (the cached deadline is an instant). */
const BREACHING_WITHIN_MS = 60 * 60 * 1000;

/**
 * The SLA filters read the cached columns (lib/sla/recompute-sla-cache.ts), never the log. The
 * cache is as of the record's last event, so a clock still "running" past its deadline is breached
 * by now; a paused clock cannot breach until it runs again.
 */
function slaFilter(filter: SlaListFilter | undefined, at: Date): SQL | undefined {
  if (filter === "breached")
    return or(eq(serviceRecords.slaState, "breached"), and(eq(serviceRecords.slaState, "running"), lte(serviceRecords.slaDueAt, at)));
  if (filter === "breaching") {
    return and(
      eq(serviceRecords.slaState, "running"),
      gt(serviceRecords.slaDueAt, at),
      lte(serviceRecords.slaDueAt, new Date(at.getTime() + BREACHING_WITHIN_MS)),
    );
  }
  return undefined;
}

/** The list's filters; exported for countServiceRecords, which must count exactly the rows the list shows. */
export function serviceFilters(ctx: OrgContext, query: ServiceQuery): (SQL | undefined)[] {
  return [
    query.status.length ? inArray(serviceRecords.status, query.status) : undefined,
    query.type ? eq(serviceRecords.serviceTypeId, query.type) : undefined,
    query.customer ? eq(serviceRecords.customerId, query.customer) : undefined,
    query.from ? gte(serviceRecords.requestDate, query.from) : undefined,
    query.to ? lte(serviceRecords.requestDate, query.to) : undefined,
    slaFilter(query.sla, now()),
    query.assignee
      ? exists(
          ctx.t.db
            .select({ one: sql`1` })
            .from(serviceAssignments)
            .where(
              ctx.t.where(serviceAssignments, eq(serviceAssignments.recordId, serviceRecords.id), eq(serviceAssignments.userId, query.assignee)),
            ),
        )
      : undefined,
  ];
}

const serviceType = alias(picklistItems, "service_type");
const priority = alias(picklistItems, "priority");

/**
 * Newest first, keyset-paged on (created_at, id): any page costs what the first does and a record
 * filed meanwhile never shifts a page. No count: only the page header shows one (countServiceRecords),
 * so the list's data paths (next page, a filter) never pay for it.
 */
export async function listServiceRecords(ctx: OrgContext, input: unknown, locale: Locale = "en", options: { slaColumn?: boolean } = {}) {
  requirePermission(ctx, "serviceRecords.view");
  const query = parseServiceQuery(input);
  const t = ctx.t;
  const filters = serviceFilters(ctx, query);
  const rows = await t.db
    .select({
      id: serviceRecords.id,
      number: serviceRecords.number,
      subject: serviceRecords.subject,
      status: serviceRecords.status,
      customerId: serviceRecords.customerId,
      customerName: customers.name,
      serviceTypeLabels: serviceType.labels,
      priorityLabels: priority.labels,
      requestDate: serviceRecords.requestDate,
      plannedStart: serviceRecords.plannedStart,
      plannedEnd: serviceRecords.plannedEnd,
      createdAt: serviceRecords.createdAt,
      // In the page's own statement, not a second one for the page's ids (a round trip and a
      // statement frame less on every list interaction); run after the sort and limit, per row shown.
      assignees: sql<
        Assignee[]
      >`coalesce((select json_agg(json_build_object('userId', ${serviceAssignments.userId}, 'name', ${users.name}, 'response', ${serviceAssignments.response}) order by ${serviceAssignments.assignedAt}, ${users.name}) from ${serviceAssignments} join ${users} on ${users.id} = ${serviceAssignments.userId} where ${t.where(serviceAssignments, eq(serviceAssignments.recordId, serviceRecords.id))}), '[]')`,
      // The time-left column; `slaColumn: false` is the list without it, which the bench compares against (sla_list_over_plain).
      ...(options.slaColumn === false
        ? {}
        : {
            slaState: serviceRecords.slaState,
            slaDueAt: serviceRecords.slaDueAt,
            slaWarnAt: serviceRecords.slaWarnAt,
            slaPausedLeft: serviceRecords.slaPausedLeft,
          }),
    })
    .from(serviceRecords)
    // A record in scope names its customer even when the customer is not in the reader's scope.
    .leftJoin(customers, t.whereInOrg(customers, eq(customers.id, serviceRecords.customerId)))
    .leftJoin(serviceType, sql`${serviceType.orgId} = ${serviceRecords.orgId} and ${serviceType.id} = ${serviceRecords.serviceTypeId}`)
    .leftJoin(priority, sql`${priority.orgId} = ${serviceRecords.orgId} and ${priority.id} = ${serviceRecords.priorityId}`)
    .where(t.where(serviceRecords, ...filters, olderThan(serviceRecords.createdAt, serviceRecords.id, query.after)))
    .orderBy(desc(serviceRecords.createdAt), desc(serviceRecords.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page.map(
      ({
        serviceTypeLabels,
        priorityLabels,
        customerName,
        plannedStart,
        plannedEnd,
        createdAt,
        slaState,
        slaDueAt,
        slaWarnAt,
        slaPausedLeft,
        ...r
      }) => ({
        ...r,
        sla:
          slaState && slaDueAt
            ? { state: slaState, dueAt: slaDueAt.toISOString(), warnAt: slaWarnAt?.toISOString() ?? null, pausedLeft: slaPausedLeft ?? null }
            : null,
        customer: r.customerId && customerName ? { id: r.customerId, name: customerName } : null,
        serviceType: labelIn(serviceTypeLabels, locale),
        priority: labelIn(priorityLabels, locale),
        plannedStart: plannedStart?.toISOString() ?? null,
        plannedEnd: plannedEnd?.toISOString() ?? null,
        createdAt: createdAt.toISOString(),
      }),
    ),
    nextCursor: rows.length > PAGE_SIZE && last ? feedCursor(last) : null,
  };
}

export type ServiceListRow = Awaited<ReturnType<typeof listServiceRecords>>["rows"][number];
