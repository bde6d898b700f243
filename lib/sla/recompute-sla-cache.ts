import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { jobEffects, serviceRecords, slaEvents, type SlaEventRow, slaPolicies } from "@/db/schema";
import { SLA_POLICY_KINDS, type SlaPolicyKind } from "@/db/schema/enum-values";
import { now } from "@/lib/clock";
import type { Tenant } from "@/lib/db/tenant";
import { deriveSlaClock, type SlaReading } from "./clock";
import { nextSlaAlertAt, type SlaAlertClock, slaAlertCandidates } from "./due-sla-alerts";
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

type LogRow = Pick<SlaEventRow, "clock" | "kind" | "at" | "data">;

async function logRowsOf(t: Tenant, recordId: string, clock?: SlaPolicyKind): Promise<LogRow[]> {
  return t.db
    .select({ clock: slaEvents.clock, kind: slaEvents.kind, at: slaEvents.at, data: slaEvents.data })
    .from(slaEvents)
    .where(t.whereInOrg(slaEvents, eq(slaEvents.recordId, recordId), clock ? eq(slaEvents.clock, clock) : undefined))
    .orderBy(asc(slaEvents.at), asc(slaEvents.seq));
}

async function replay(t: Tenant, rows: readonly LogRow[], at: Date) {
  if (!rows.length) return null;
  const { policyId, calendarId } = latestPolicyOf(rows);
  const calendar = calendarId ? await loadCalendar(t, calendarId) : null;
  if (!calendar) return null;
  const log = rows.map(toSlaEvent);
  return { policyId, calendar, log, reading: deriveSlaClock(calendar, log, at) };
}

/**
 * One record's log of one clock, replayed with its calendar as of `at`. Reads org-wide: the caller
 * has already reached the record through the actor's scope (or is the log's own writer).
 */
export async function readSlaClock(t: Tenant, recordId: string, clock: SlaPolicyKind, at: Date = now()) {
  return replay(t, await logRowsOf(t, recordId, clock), at);
}

/** Every clock of the record (SLA, OLA) from one read of its log, with its policy's escalation rules. */
export async function readAlertClocks(t: Tenant, recordId: string, at: Date = now()) {
  const rows = await logRowsOf(t, recordId);
  const clocks = [];
  for (const kind of SLA_POLICY_KINDS) {
    const clock = await replay(
      t,
      rows.filter((r) => r.clock === kind),
      at,
    );
    if (!clock) continue;
    const [policy] = clock.policyId
      ? await t.db
          .select({ escalations: slaPolicies.escalations })
          .from(slaPolicies)
          .where(t.whereInOrg(slaPolicies, eq(slaPolicies.id, clock.policyId)))
      : [];
    clocks.push({ ...clock, kind, escalations: policy?.escalations ?? [] } satisfies SlaAlertClock);
  }
  return clocks;
}

/** The list's columns from one reading of the SLA (customer-facing) clock. */
export function slaCacheOf(reading: SlaReading | null) {
  const resolution = reading?.resolution ?? null;
  const main = resolution ?? reading?.firstResponse ?? null;
  return {
    slaState: main?.state ?? null,
    slaDueAt: main?.deadline ?? null,
    // The list's time-left column turns amber from here.
    slaWarnAt: main?.warningAt ?? null,
    // While paused the deadline moves with the pause: the list shows what is left instead.
    // Whole minutes: events fall at any second, so business minutes come with fractions.
    slaPausedLeft: main?.isPaused ? Math.floor(main.left) : null,
  };
}

/** The earliest alert of any clock whose effect key is not claimed yet (lib/jobs/once.ts). */
async function nextAlertAtOf(t: Tenant, recordId: string, clocks: readonly SlaAlertClock[], at: Date) {
  const candidates = slaAlertCandidates(recordId, clocks, at);
  if (!candidates.length) return null;
  const claimed = await t.db
    .select({ key: jobEffects.key })
    .from(jobEffects)
    // Org only: effects are the jobs' bookkeeping, not rows anyone is shown.
    .where(
      t.whereInOrg(
        jobEffects,
        inArray(
          jobEffects.key,
          candidates.map((c) => c.key),
        ),
      ),
    );
  return nextSlaAlertAt(candidates, new Set(claimed.map((c) => c.key)));
}

/**
 * Rewrites the record's cached SLA columns from its logs, in the caller's transaction (every event
 * write, every policy or calendar change and the end of each alert job call it), so the list never
 * reads the log and the sweep finds the record only when one of its alerts is due
 * (sla_next_alert_at, across the SLA and OLA clocks).
 */
export async function recomputeSlaCache(t: Tenant, recordId: string) {
  const at = now();
  const clocks = await readAlertClocks(t, recordId, at);
  await t.db
    .update(serviceRecords)
    .set({
      ...slaCacheOf(clocks.find((c) => c.kind === "sla")?.reading ?? null),
      slaNextAlertAt: await nextAlertAtOf(t, recordId, clocks, at),
    })
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

/** Records of these ids that have a log (of either clock), for a recompute after a calendar change. */
export async function recomputeSlaCaches(t: Tenant, recordIds: readonly string[]) {
  if (!recordIds.length) return;
  const withLog = await t.db
    .selectDistinct({ recordId: slaEvents.recordId })
    .from(slaEvents)
    .where(t.whereInOrg(slaEvents, and(inArray(slaEvents.recordId, [...recordIds]), eq(slaEvents.kind, "started"))));
  for (const { recordId } of withLog) await recomputeSlaCache(t, recordId);
}
