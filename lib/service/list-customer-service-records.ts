import "server-only";
import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { picklistItems, serviceRecords } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { labelIn } from "./get-service-record";

const inputSchema = z.object({
  customerId: z.uuid({ error: "invalid" }),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

const serviceType = alias(picklistItems, "service_type");

/**
 * A customer's latest records, newest request first: the customer page's card and the quick
 * support entry's "earlier records". Another org's customer id simply has none.
 */
export async function listCustomerServiceRecords(ctx: OrgContext, input: unknown, locale: Locale = "en") {
  requirePermission(ctx, "serviceRecords.view");
  const { customerId, limit } = parseInput(inputSchema, input);
  const rows = await ctx.t.db
    .select({
      id: serviceRecords.id,
      number: serviceRecords.number,
      subject: serviceRecords.subject,
      status: serviceRecords.status,
      requestDate: serviceRecords.requestDate,
      serviceTypeLabels: serviceType.labels,
    })
    .from(serviceRecords)
    .leftJoin(serviceType, ctx.t.where(serviceType, eq(serviceType.id, serviceRecords.serviceTypeId)))
    .where(ctx.t.where(serviceRecords, eq(serviceRecords.customerId, customerId)))
    .orderBy(desc(serviceRecords.requestDate), desc(serviceRecords.createdAt), desc(serviceRecords.id))
    .limit(limit);
  return rows.map(({ serviceTypeLabels, ...r }) => ({ ...r, serviceType: labelIn(serviceTypeLabels, locale) }));
}

export type CustomerServiceRow = Awaited<ReturnType<typeof listCustomerServiceRecords>>[number];
