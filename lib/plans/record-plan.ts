import "server-only";
import { asc, eq } from "drizzle-orm";
import { serviceRecords, servicePlans, type ServicePlan } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { workDateOf } from "./ledger";

/** The plans a record can draw on: its customer's whose service types include the record's, oldest first. */
export async function candidatePlansOf(t: Tenant, recordId: string) {
  const [record] = await t.db
    .select({ customerId: serviceRecords.customerId, serviceTypeId: serviceRecords.serviceTypeId })
    .from(serviceRecords)
    .where(t.where(serviceRecords, eq(serviceRecords.id, recordId)));
  if (!record?.customerId || !record.serviceTypeId) return [];
  const plans = await t.db
    .select()
    .from(servicePlans)
    .where(t.where(servicePlans, eq(servicePlans.customerId, record.customerId)))
    .orderBy(asc(servicePlans.createdAt), asc(servicePlans.id));
  return plans.filter((p) => p.serviceTypeIds.includes(record.serviceTypeId!));
}

/**
 * The plan a visit on `workDate` draws on: the first candidate in force that day (from its first
 * period; an archived plan up to the day it was archived).
 */
export function planForDate(plans: ServicePlan[], workDate: string, timeZone: string) {
  return plans.find((p) => p.firstPeriodStart <= workDate && (!p.archivedAt || workDate <= workDateOf(p.archivedAt, timeZone))) ?? null;
}
