import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { picklistItems, serviceRecords } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import type { Locale } from "@/lib/i18n/locales";
import { averageScore, labelIn, recordSeconds, scoredCount, serviceTypeJoin } from "./internal";

/**
 * Report 1 and Report 2 totals over every record `inScope` (never cut at the row limit): count,
 * seconds, score and time per service type. With `userId` the seconds are that user's own only.
 */
export async function reportTotals(t: Tenant, inScope: SQL, locale: Locale, userId?: string) {
  const perRecord = t.db
    .select({ orgId: serviceRecords.orgId, serviceTypeId: serviceRecords.serviceTypeId, seconds: recordSeconds(userId).as("seconds") })
    .from(serviceRecords)
    .where(inScope)
    .as("per_record");
  const byType = await t.db
    .select({
      id: perRecord.serviceTypeId,
      key: picklistItems.key,
      labels: picklistItems.labels,
      records: sql<number>`count(*)::int`,
      seconds: sql<number>`sum(${perRecord.seconds})::bigint`.mapWith(Number),
    })
    .from(perRecord)
    .leftJoin(picklistItems, serviceTypeJoin(perRecord.orgId, perRecord.serviceTypeId))
    .groupBy(perRecord.serviceTypeId, picklistItems.key, picklistItems.labels, picklistItems.position)
    .orderBy(sql`sum(${perRecord.seconds}) desc`, picklistItems.position);

  const [summary] = await t.db
    .select({
      records: sql<number>`count(*)::int`,
      seconds: sql<number>`coalesce(sum(${recordSeconds(userId)}), 0)::bigint`.mapWith(Number),
      averageScore,
      scoredCount,
    })
    .from(serviceRecords)
    .where(inScope);

  return {
    records: summary?.records ?? 0,
    seconds: summary?.seconds ?? 0,
    averageScore: summary?.averageScore ?? null,
    scoredCount: summary?.scoredCount ?? 0,
    byServiceType: byType.map((r) => ({ id: r.id, label: labelIn(r, locale), records: r.records, seconds: r.seconds })),
  };
}
