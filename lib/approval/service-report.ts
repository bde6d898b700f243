import "server-only";
import { eq, isNotNull, sql } from "drizzle-orm";
import { contacts, customers, products, serviceRecords, timeEntries } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { NotFoundError } from "@/lib/errors";
import { recordPlanBalance } from "@/lib/plans/record-plan-balance";

export type ServiceReport = {
  number: number;
  subject: string;
  customerName: string | null;
  contactName: string | null;
  requestDate: string;
  plannedStart: Date | null;
  plannedEnd: Date | null;
  actualStart: Date | null;
  actualEnd: Date | null;
  totalSeconds: number;
  fee: string | null;
  result: string | null;
  /** The plan the record draws on (issue 12 item 3): this visit's minutes on it and the period's remaining minutes. */
  plan: { title: string; usedMinutes: number; remainingMinutes: number } | null;
};

/**
 * What the customer is shown (e-mail and approval page): the record's report, nothing internal.
 * `timeZone` (the org's) decides which plan period is the current one.
 */
export async function loadServiceReport(t: Tenant, recordId: string, timeZone: string): Promise<ServiceReport> {
  const [row] = await t.db
    .select({
      number: serviceRecords.number,
      subject: serviceRecords.subject,
      productName: products.name,
      customerName: customers.name,
      contactName: contacts.name,
      requestDate: serviceRecords.requestDate,
      plannedStart: serviceRecords.plannedStart,
      plannedEnd: serviceRecords.plannedEnd,
      actualStart: serviceRecords.actualStart,
      actualEnd: serviceRecords.actualEnd,
      fee: serviceRecords.fee,
      result: serviceRecords.result,
    })
    .from(serviceRecords)
    .leftJoin(customers, t.where(customers, eq(customers.id, serviceRecords.customerId)))
    .leftJoin(contacts, t.where(contacts, eq(contacts.id, serviceRecords.contactId)))
    .leftJoin(products, t.where(products, eq(products.id, serviceRecords.productId)))
    .where(t.where(serviceRecords, eq(serviceRecords.id, recordId)));
  if (!row) throw new NotFoundError("serviceRecord");
  const { productName, ...report } = row;
  const balance = await recordPlanBalance(t, recordId, timeZone);
  const plan = balance && { title: balance.plan.title, usedMinutes: balance.recordUsed, remainingMinutes: balance.totals.remaining };
  return { ...report, subject: report.subject || productName || "", totalSeconds: await totalSeconds(t, recordId), plan };
}

/** Finished runs only, to the second (SPEC S3); a running timer is not time spent yet. */
export async function totalSeconds(t: Tenant, recordId: string) {
  const [row] = await t.db
    .select({ s: sql<number>`coalesce(floor(sum(extract(epoch from ${timeEntries.stoppedAt} - ${timeEntries.startedAt}))), 0)::int` })
    .from(timeEntries)
    .where(t.where(timeEntries, eq(timeEntries.recordId, recordId), isNotNull(timeEntries.stoppedAt)));
  return row?.s ?? 0;
}
