import "server-only";
import { desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { picklistItems, products, serviceRecords, timeEntries } from "@/db/schema";
import { supportHistorySchema } from "@/lib/approval/schemas";
import type { OrgContext } from "@/lib/context";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";

export const SUPPORT_HISTORY_LIMIT = 100;

/**
 * SPEC S7: a customer's support history — its closed records, newest first, with the service type
 * in the viewer's language, the total time worked (to the second) and the customer's score.
 */
export async function listSupportHistory(ctx: OrgContext, input: unknown, locale: Locale = "en") {
  requirePermission(ctx, "serviceRecords.view");
  const { customerId } = parseInput(supportHistorySchema, input);
  const t = ctx.t;
  const rows = await t.db
    .select({
      id: serviceRecords.id,
      number: serviceRecords.number,
      requestDate: serviceRecords.requestDate,
      closedAt: serviceRecords.closedAt,
      typeLabels: picklistItems.labels,
      subject: serviceRecords.subject,
      productName: products.name,
      score: serviceRecords.approvalScore,
    })
    .from(serviceRecords)
    .leftJoin(picklistItems, t.where(picklistItems, eq(picklistItems.id, serviceRecords.serviceTypeId)))
    .leftJoin(products, t.where(products, eq(products.id, serviceRecords.productId)))
    .where(t.where(serviceRecords, eq(serviceRecords.customerId, customerId), eq(serviceRecords.status, "closed")))
    .orderBy(desc(serviceRecords.closedAt), desc(serviceRecords.number))
    .limit(SUPPORT_HISTORY_LIMIT);
  if (!rows.length) return [];

  const totals = await t.db
    .select({
      recordId: timeEntries.recordId,
      seconds: sql<number>`floor(sum(extract(epoch from ${timeEntries.stoppedAt} - ${timeEntries.startedAt})))::int`,
    })
    .from(timeEntries)
    .where(
      t.where(
        timeEntries,
        inArray(
          timeEntries.recordId,
          rows.map((r) => r.id),
        ),
        isNotNull(timeEntries.stoppedAt),
      ),
    )
    .groupBy(timeEntries.recordId);
  const secondsOf = new Map(totals.map((r) => [r.recordId, r.seconds]));

  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    requestDate: r.requestDate,
    closedAt: r.closedAt?.toISOString() ?? null,
    type: r.typeLabels ? (r.typeLabels[locale] ?? r.typeLabels.en ?? Object.values(r.typeLabels)[0] ?? null) : null,
    subject: r.subject || r.productName || "",
    totalSeconds: secondsOf.get(r.id) ?? 0,
    score: r.score,
  }));
}

export type SupportHistoryItem = Awaited<ReturnType<typeof listSupportHistory>>[number];
