import "server-only";
import { and, asc, between, desc, eq, isNotNull, sql } from "drizzle-orm";
import { contacts, customers, picklistItems, products, serviceRecords, timeEntries, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import type { ServiceStatus } from "@/lib/service/status";
import { parseInput } from "@/lib/validation";
import { resolveRange } from "./date-range";
import { ENTRY_SECONDS, labelIn, RECORD_TECHNICIANS, readSnapshot, recordSeconds, ROW_LIMIT, serviceTypeJoin } from "./internal";
import { reportTotals } from "./report-totals";
import { customerReportSchema } from "./schemas";

/**
 * Report 1 (SPEC S8): one customer's service records requested within an inclusive calendar range,
 * optionally of one contact and one service type, with the time spent per service type and per
 * technician and the average score the customer gave. Every sum is computed by the database over
 * all matching records; `rows` stops at `limit` (`truncated` says so), the totals never do.
 */
export async function customerReport(ctx: OrgContext, input: unknown, options: { locale?: Locale; limit?: number; now?: Date } = {}) {
  requirePermission(ctx, "reports.view");
  const query = parseInput(customerReportSchema, input);
  const locale = options.locale ?? (ctx.org.locale as Locale);
  const limit = options.limit ?? ROW_LIMIT;
  const { from, to } = resolveRange(query, ctx.org.timeZone, options.now);

  return readSnapshot(ctx.t, async (t) => {
    const [customer] = await t.db
      .select({ id: customers.id, name: customers.name, accountCode: customers.accountCode })
      .from(customers)
      .where(t.where(customers, eq(customers.id, query.customerId)));
    if (!customer) throw new NotFoundError("customer");
    // The contact filter's choices: every contact of the customer, active or not (old records name them).
    const customerContacts = await t.db
      .select({ id: contacts.id, name: contacts.name })
      .from(contacts)
      .where(t.where(contacts, eq(contacts.customerId, customer.id)))
      .orderBy(asc(contacts.name));

    const inScope = t.where(
      serviceRecords,
      eq(serviceRecords.customerId, customer.id),
      between(serviceRecords.requestDate, from, to),
      query.contactId ? eq(serviceRecords.contactId, query.contactId) : undefined,
      query.serviceTypeId ? eq(serviceRecords.serviceTypeId, query.serviceTypeId) : undefined,
    );

    const rows = await t.db
      .select({
        id: serviceRecords.id,
        number: serviceRecords.number,
        requestDate: serviceRecords.requestDate,
        status: serviceRecords.status,
        subject: serviceRecords.subject,
        productName: products.name,
        typeKey: picklistItems.key,
        typeLabels: picklistItems.labels,
        contactName: contacts.name,
        seconds: recordSeconds(),
        technicians: RECORD_TECHNICIANS,
        score: serviceRecords.approvalScore,
      })
      .from(serviceRecords)
      .leftJoin(picklistItems, serviceTypeJoin(serviceRecords.orgId, serviceRecords.serviceTypeId))
      .leftJoin(contacts, t.where(contacts, eq(contacts.id, serviceRecords.contactId)))
      .leftJoin(products, t.where(products, eq(products.id, serviceRecords.productId)))
      .where(inScope)
      .orderBy(desc(serviceRecords.requestDate), desc(serviceRecords.number))
      .limit(limit + 1);

    const scope = t.db.select({ orgId: serviceRecords.orgId, id: serviceRecords.id }).from(serviceRecords).where(inScope).as("scope");
    const byTechnician = await t.db
      .select({
        userId: timeEntries.userId,
        name: users.name,
        seconds: sql<number>`sum(${ENTRY_SECONDS})::bigint`.mapWith(Number),
      })
      .from(timeEntries)
      .innerJoin(scope, and(eq(scope.orgId, timeEntries.orgId), eq(scope.id, timeEntries.recordId)))
      .innerJoin(users, eq(users.id, timeEntries.userId))
      .where(t.where(timeEntries, isNotNull(timeEntries.stoppedAt)))
      .groupBy(timeEntries.userId, users.name)
      .orderBy(sql`sum(${ENTRY_SECONDS}) desc`, users.name);

    const totals = await reportTotals(t, inScope, locale);

    return {
      customer,
      contacts: customerContacts,
      range: { from, to },
      filters: { contactId: query.contactId, serviceTypeId: query.serviceTypeId },
      rows: rows.slice(0, limit).map((r) => ({
        id: r.id,
        number: r.number,
        requestDate: r.requestDate,
        status: r.status as ServiceStatus,
        subject: r.subject || r.productName || "",
        serviceType: labelIn({ key: r.typeKey, labels: r.typeLabels }, locale),
        contact: r.contactName,
        technicians: r.technicians,
        seconds: r.seconds,
        score: r.score,
      })),
      truncated: rows.length > limit,
      totals: { ...totals, byTechnician },
    };
  });
}

export type CustomerReport = Awaited<ReturnType<typeof customerReport>>;
