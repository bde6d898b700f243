import "server-only";
import { and, asc, isNotNull, lte } from "drizzle-orm";
import { db } from "@/db/client";
import { serviceRecords } from "@/db/schema";

/** Records per sweep: a backlog (after downtime, or the migration's backfill) is worked off minute by minute, earliest first. */
const BATCH = 1000;

/**
 * Records of every org with an SLA or OLA alert due and not sent yet: their cached next alert
 * instant has come (sla_next_alert_at, lib/sla/recompute-sla-cache.ts). The sweep's read, with the
 * owner's connection because it serves all orgs at once (lib/README.md, "Jobs"). The record's job
 * replays its logs, sends each due alert once by its own key, and writes the next instant, so a
 * record whose alerts are all sent is not found again until a new event gives it one.
 */
export async function findDueSlaRecords(at: Date) {
  return db
    .select({ orgId: serviceRecords.orgId, recordId: serviceRecords.id })
    .from(serviceRecords)
    .where(and(isNotNull(serviceRecords.slaNextAlertAt), lte(serviceRecords.slaNextAlertAt, at)))
    .orderBy(asc(serviceRecords.slaNextAlertAt))
    .limit(BATCH);
}
