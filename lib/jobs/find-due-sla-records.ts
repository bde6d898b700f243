import "server-only";
import { and, eq, gte, isNotNull, lte, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { serviceRecords } from "@/db/schema";

/** How long after its deadline a running clock is still watched for late escalations. */
const WATCH_AFTER_DUE_DAYS = 30;

/**
 * Records of every org whose SLA clock runs and has reached its warning, first-response or escalation instant
 * (cached columns, lib/sla/recompute-sla-cache.ts): the sweep's read, with the owner's connection
 * because it serves all orgs at once (lib/README.md, "Jobs"). The record's job replays its log
 * and decides which alerts are due; each is sent once by its own key.
 */
export async function findDueSlaRecords(at: Date) {
  return db
    .select({ orgId: serviceRecords.orgId, recordId: serviceRecords.id })
    .from(serviceRecords)
    .where(
      and(
        eq(serviceRecords.slaState, "running"),
        isNotNull(serviceRecords.slaDueAt),
        or(
          lte(serviceRecords.slaWarnAt, at),
          lte(serviceRecords.slaFirstResponseDueAt, at),
          lte(serviceRecords.slaEscalateAt, at),
          lte(serviceRecords.slaDueAt, at),
        ),
        gte(serviceRecords.slaDueAt, sql`${at.toISOString()}::timestamptz - make_interval(days => ${WATCH_AFTER_DUE_DAYS}::int)`),
      ),
    );
}
