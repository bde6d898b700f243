import "server-only";
import { asc, count, desc, eq, exists, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { customers, picklistItems, serviceAssignments, serviceRecords, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { cursorParam, feedCursor, olderThan } from "@/lib/db/keyset";
import { calendarDate } from "@/lib/fields/dates";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { labelIn } from "./get-service-record";
import { SERVICE_STATUSES } from "./status";

export const PAGE_SIZE = 50;
/** Counting stops here: "1,000+" is shown instead of counting every row. */
export const COUNT_CAP = 1000;

const commaList = (v: unknown) => (typeof v === "string" && v ? v.split(",") : Array.isArray(v) ? v : []);

/**
 * The list's view as it comes from the URL. Values that do not parse (a stale bookmark, a
 * hand-edited link) are dropped rather than refused, so the page still opens.
 */
export const serviceQuerySchema = z.object({
  status: z.preprocess(
    (v) => commaList(v).filter((s): s is (typeof SERVICE_STATUSES)[number] => (SERVICE_STATUSES as readonly unknown[]).includes(s)),
    z.array(z.enum(SERVICE_STATUSES)),
  ),
  type: z.uuid().optional().catch(undefined),
  assignee: z.uuid().optional().catch(undefined),
  customer: z.uuid().optional().catch(undefined),
  from: calendarDate().optional().catch(undefined),
  to: calendarDate().optional().catch(undefined),
  after: cursorParam,
});

export type ServiceQuery = z.output<typeof serviceQuerySchema>;

export function parseServiceQuery(input: unknown): ServiceQuery {
  return parseInput(serviceQuerySchema, input ?? {});
}

/** True when the view is narrowed by anything other than paging. */
export function hasServiceFilters(query: ServiceQuery) {
  return !!(query.status.length || query.type || query.assignee || query.customer || query.from || query.to);
}

function serviceFilters(ctx: OrgContext, query: ServiceQuery): (SQL | undefined)[] {
  return [
    query.status.length ? inArray(serviceRecords.status, query.status) : undefined,
    query.type ? eq(serviceRecords.serviceTypeId, query.type) : undefined,
    query.customer ? eq(serviceRecords.customerId, query.customer) : undefined,
    query.from ? gte(serviceRecords.requestDate, query.from) : undefined,
    query.to ? lte(serviceRecords.requestDate, query.to) : undefined,
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
 * filed meanwhile never shifts a page. The count stops at COUNT_CAP.
 */
export async function listServiceRecords(ctx: OrgContext, input: unknown, locale: Locale = "en") {
  requirePermission(ctx, "serviceRecords.view");
  const query = parseServiceQuery(input);
  const t = ctx.t;
  const filters = serviceFilters(ctx, query);
  const [rows, [counted]] = await Promise.all([
    t.db
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
      })
      .from(serviceRecords)
      .leftJoin(customers, sql`${customers.orgId} = ${serviceRecords.orgId} and ${customers.id} = ${serviceRecords.customerId}`)
      .leftJoin(serviceType, sql`${serviceType.orgId} = ${serviceRecords.orgId} and ${serviceType.id} = ${serviceRecords.serviceTypeId}`)
      .leftJoin(priority, sql`${priority.orgId} = ${serviceRecords.orgId} and ${priority.id} = ${serviceRecords.priorityId}`)
      .where(t.where(serviceRecords, ...filters, olderThan(serviceRecords.createdAt, serviceRecords.id, query.after)))
      .orderBy(desc(serviceRecords.createdAt), desc(serviceRecords.id))
      .limit(PAGE_SIZE + 1),
    t.db
      .select({ n: count() })
      .from(
        t.db
          .select({ id: serviceRecords.id })
          .from(serviceRecords)
          .where(t.where(serviceRecords, ...filters))
          .limit(COUNT_CAP + 1)
          .as("capped"),
      ),
  ]);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  const people = page.length
    ? await t.db
        .select({ recordId: serviceAssignments.recordId, userId: serviceAssignments.userId, name: users.name, response: serviceAssignments.response })
        .from(serviceAssignments)
        .innerJoin(users, eq(users.id, serviceAssignments.userId))
        .where(t.where(serviceAssignments, inArray(serviceAssignments.recordId, page.map((r) => r.id))))
        .orderBy(asc(serviceAssignments.assignedAt), asc(users.name))
    : [];
  const total = counted?.n ?? 0;
  return {
    rows: page.map(({ serviceTypeLabels, priorityLabels, customerName, plannedStart, plannedEnd, createdAt, ...r }) => ({
      ...r,
      customer: r.customerId && customerName ? { id: r.customerId, name: customerName } : null,
      serviceType: labelIn(serviceTypeLabels, locale),
      priority: labelIn(priorityLabels, locale),
      plannedStart: plannedStart?.toISOString() ?? null,
      plannedEnd: plannedEnd?.toISOString() ?? null,
      createdAt: createdAt.toISOString(),
      assignees: people.filter((p) => p.recordId === r.id).map(({ userId, name, response }) => ({ userId, name, response })),
    })),
    nextCursor: rows.length > PAGE_SIZE && last ? feedCursor(last) : null,
    total: total > COUNT_CAP ? (`${COUNT_CAP}+` as const) : total,
  };
}

export type ServiceListRow = Awaited<ReturnType<typeof listServiceRecords>>["rows"][number];
