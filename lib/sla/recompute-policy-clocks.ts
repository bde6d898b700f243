import "server-only";
import { eq, inArray, or, sql } from "drizzle-orm";
import { serviceRecords, slaEvents, type SlaPolicyRow } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { OPEN_STATUSES } from "@/lib/service/status";
import { policySnapshot } from "./internal";
import { appendSlaEvent } from "./log-sla-event";
import { recomputeSlaCache } from "./recompute-sla-cache";

/** Open records whose clock of the policy's kind runs under this policy (or under this calendar). */
async function openRecordsUnder(t: Tenant, match: { policyId?: string; calendarId?: string }) {
  // Org-wide: a policy or calendar change reaches every record under it, whoever made the change.
  const rows = await t.db
    .selectDistinct({ recordId: slaEvents.recordId, clock: slaEvents.clock })
    .from(slaEvents)
    .innerJoin(serviceRecords, t.whereInOrg(serviceRecords, eq(serviceRecords.id, slaEvents.recordId)))
    .where(
      t.whereInOrg(
        slaEvents,
        inArray(slaEvents.kind, ["started", "policy_changed"]),
        or(
          match.policyId ? sql`${slaEvents.data}->>'policyId' = ${match.policyId}` : undefined,
          match.calendarId ? sql`${slaEvents.data}->>'calendarId' = ${match.calendarId}` : undefined,
        ),
        inArray(serviceRecords.status, [...OPEN_STATUSES]),
      ),
    );
  return rows;
}

/**
 * A policy edited: each open record under it logs `policy_changed` with the new snapshot, and is
 * replayed from its start with the new targets (every paused minute kept), in the editor's
 * transaction. Records already resolved keep the policy they were judged by.
 */
export async function applyPolicyToOpenRecords(t: Tenant, policy: SlaPolicyRow) {
  const records = await openRecordsUnder(t, { policyId: policy.id });
  for (const { recordId, clock } of records) {
    if (clock !== policy.kind) continue;
    await appendSlaEvent(t, recordId, clock, "policy_changed", {
      policy: policySnapshot(policy),
      policyId: policy.id,
      calendarId: policy.calendarId,
    });
  }
  return records.length;
}

/**
 * A calendar edited (its hours or holidays): nothing is logged — the calendar is read as it is now
 * — but the open records' cached deadlines are recomputed in the same transaction. The calendar
 * verbs call this after their write.
 */
export async function recomputeCalendarClocks(t: Tenant, calendarId: string) {
  const records = await openRecordsUnder(t, { calendarId });
  // Either clock: the OLA clock's alert instants move with its calendar too (sla_next_alert_at).
  for (const recordId of new Set(records.map((r) => r.recordId))) await recomputeSlaCache(t, recordId);
  return records.length;
}
