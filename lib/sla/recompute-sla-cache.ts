import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { serviceRecords, slaEvents, type SlaEventRow, slaPolicies } from "@/db/schema";
import type { SlaPolicyKind } from "@/db/schema/enum-values";
import { now } from "@/lib/clock";
import type { Tenant } from "@/lib/db/tenant";
import { deriveSlaClock, type SlaReading } from "./clock";
import { earliestEscalationAt } from "./due-sla-alerts";
import type { SlaEvent } from "./events";
import { loadCalendar } from "./internal";

/** A stored row back into the pure log's event (data holds the rest of the event). */
export function toSlaEvent(row: Pick<SlaEventRow, "kind" | "at" | "data">): SlaEvent {
  return { ...row.data, kind: row.kind, at: row.at } as SlaEvent;
}

/** The policy the clock runs under and the calendar it counts in: those its latest start or policy change names. */
function latestPolicyOf(rows: readonly Pick<SlaEventRow, "kind" | "data">[]) {
  const data = rows.findLast((r) => r.kind === "started" || r.kind === "policy_changed")?.data;
  return { policyId: data?.policyId ?? null, calendarId: data?.calendarId ?? null };
}

/**
 * One record's log of one clock, replayed with its calendar as of `at`. Reads org-wide: the caller
 * has already reached the record through the actor's scope (or is the log's own writer).
 */
export async function readSlaClock(t: Tenant, recordId: string, clock: SlaPolicyKind, at: Date = now()) {
  const rows = await t.db
    .select({ kind: slaEvents.kind, at: slaEvents.at, data: slaEvents.data })
    .from(slaEvents)
    .where(t.whereInOrg(slaEvents, eq(slaEvents.recordId, recordId), eq(slaEvents.clock, clock)))
    .orderBy(asc(slaEvents.at), asc(slaEvents.seq));
  if (!rows.length) return null;
  const { policyId, calendarId } = latestPolicyOf(rows);
  const calendar = calendarId ? await loadCalendar(t, calendarId) : null;
  if (!calendar) return null;
  const log = rows.map(toSlaEvent);
  return { policyId, calendar, log, reading: deriveSlaClock(calendar, log, at) };
}

/** The list's columns from one reading of the SLA (customer-facing) clock. */
export function slaCacheOf(reading: SlaReading | null, escalateAt: Date | null = null) {
  const resolution = reading?.resolution ?? null;
  const firstResponse = reading?.firstResponse ?? null;
  const main = resolution ?? firstResponse;
  return {
    slaState: main?.state ?? null,
    slaDueAt: main?.deadline ?? null,
    slaWarnAt: main?.warningAt ?? null,
    slaFirstResponseDueAt: firstResponse?.deadline ?? null,
    slaEscalateAt: resolution ? escalateAt : null,
    // While paused the deadline moves with the pause: the list shows what is left instead.
    // Whole minutes: events fall at any second, so business minutes come with fractions.
    slaPausedLeft: main?.isPaused ? Math.floor(main.left) : null,
  };
}

/**
 * Rewrites the record's cached SLA columns from its log, in the caller's transaction (every event
 * write and every policy or calendar change calls it), so the list never reads the log.
 */
export async function recomputeSlaCache(t: Tenant, recordId: string) {
  const clock = await readSlaClock(t, recordId, "sla");
  const [policy] = clock?.policyId
    ? await t.db
        .select({ escalations: slaPolicies.escalations })
        .from(slaPolicies)
        .where(t.whereInOrg(slaPolicies, eq(slaPolicies.id, clock.policyId)))
    : [];
  const escalateAt = clock && policy ? earliestEscalationAt(clock.calendar, clock.log, policy.escalations, now()) : null;
  await t.db
    .update(serviceRecords)
    .set(slaCacheOf(clock?.reading ?? null, escalateAt))
    .where(t.whereInOrg(serviceRecords, eq(serviceRecords.id, recordId)));
}

/** Which clocks (sla, ola) a record has: those with a log. */
export async function clocksOf(t: Tenant, recordId: string): Promise<SlaPolicyKind[]> {
  const rows = await t.db
    .selectDistinct({ clock: slaEvents.clock })
    .from(slaEvents)
    .where(t.whereInOrg(slaEvents, eq(slaEvents.recordId, recordId), eq(slaEvents.kind, "started")));
  return rows.map((r) => r.clock);
}

/** Records of these ids that have an open log, for a recompute after a calendar change. */
export async function recomputeSlaCaches(t: Tenant, recordIds: readonly string[]) {
  if (!recordIds.length) return;
  const withLog = await t.db
    .selectDistinct({ recordId: slaEvents.recordId })
    .from(slaEvents)
    .where(t.whereInOrg(slaEvents, inArray(slaEvents.recordId, [...recordIds]), and(eq(slaEvents.clock, "sla"), eq(slaEvents.kind, "started"))));
  for (const { recordId } of withLog) await recomputeSlaCache(t, recordId);
}
