import type { SlaEscalationAction, SlaPolicyKind } from "@/db/schema/enum-values";
import type { BusinessCalendar } from "@/lib/calendars/schemas";
import { deriveSlaClock, type SlaClockReading } from "./clock";
import type { SlaEvent, SlaPolicySnapshot } from "./events";

// Client-safe and pure: which SLA and OLA warnings, breaches and escalations of one record are due
// by `now`, for the job that sends them, and the earliest one not sent yet, which the record caches
// for the sweep (sla_next_alert_at). Each has a stable key, so the job records it under a unique
// key in its own table and a retry or a second instance never sends it twice. Everything is read
// from the log, so pauses move every instant.

export type SlaEscalation = { offsetMinutes: number; action: SlaEscalationAction; userId?: string | null; priorityId?: string | null };
export type SlaAlert = {
  kind: "warning" | "breach" | "escalation";
  clock: "firstResponse" | "resolution";
  at: Date;
  /** "resolution:warning", "firstResponse:breach", "resolution:escalation:2" (the rule's index). */
  key: string;
  rule?: SlaEscalation;
};

/** One of a record's clocks (sla: the customer's, ola: the internal one) with what its alerts are read from. */
export type SlaAlertClock = { kind: SlaPolicyKind; calendar: BusinessCalendar; log: readonly SlaEvent[]; escalations: readonly SlaEscalation[] };

/**
 * The effect key of one alert: record, clock, alert and instant, so a deadline a pause moved is a
 * new alert. The SLA clock's keys are those sent before OLA clocks were swept (`sla:<id>:sla:…`).
 */
export const slaAlertKey = (recordId: string, clock: SlaPolicyKind, alert: Pick<SlaAlert, "key" | "at">) =>
  `sla:${recordId}:${clock}:${alert.key}:${alert.at.toISOString()}`;

/** The log with every policy's warning share replaced: its `warningAt` is then any running-time instant we ask for. */
function withShare(log: readonly SlaEvent[], share: number): SlaEvent[] {
  const reshare = (policy: SlaPolicySnapshot) => ({ ...policy, warnShare: share });
  return log.map((e) => (e.kind === "started" || e.kind === "policy_changed" ? { ...e, policy: reshare(e.policy) } : e));
}

/** The instant a rule's offset from the resolution deadline falls on, in running time (pauses move it). */
function escalationAt(calendar: BusinessCalendar, log: readonly SlaEvent[], resolution: SlaClockReading, rule: SlaEscalation, now: Date) {
  const share = Math.max(0, resolution.target + rule.offsetMinutes) / resolution.target;
  return deriveSlaClock(calendar, withShare(log, share), now).resolution!.warningAt;
}

/**
 * Whether an instant of the clock has come (due), may still come (later), or will not come as the
 * log stands (never): a stopped clock never reaches an instant after it stopped, and a paused
 * clock's future instants move on with the pause until the resume, which is logged and recomputes.
 */
function outlook(at: Date, clock: SlaClockReading, now: Date): "due" | "later" | "never" {
  if (at.getTime() <= now.getTime()) return clock.stoppedAt && at.getTime() >= clock.stoppedAt.getTime() ? "never" : "due";
  return clock.stoppedAt || clock.isPaused ? "never" : "later";
}

/** Every alert the clock has come to or may still come to, as it stands at `now`, in time order. */
function alertsOf(calendar: BusinessCalendar, log: readonly SlaEvent[], escalations: readonly SlaEscalation[], now: Date) {
  const reading = deriveSlaClock(calendar, log, now);
  const alerts: { alert: SlaAlert; due: boolean }[] = [];
  const add = (alert: SlaAlert, clock: SlaClockReading) => {
    const seen = outlook(alert.at, clock, now);
    if (seen !== "never") alerts.push({ alert, due: seen === "due" });
  };
  for (const name of ["firstResponse", "resolution"] as const) {
    const clock = reading[name];
    if (!clock) continue;
    add({ kind: "warning", clock: name, at: clock.warningAt, key: `${name}:warning` }, clock);
    add({ kind: "breach", clock: name, at: clock.deadline, key: `${name}:breach` }, clock);
  }
  const resolution = reading.resolution;
  if (resolution) {
    escalations.forEach((rule, index) => {
      const at = escalationAt(calendar, log, resolution, rule, now);
      add({ kind: "escalation", clock: "resolution", at, key: `resolution:escalation:${index}`, rule }, resolution);
    });
  }
  return alerts.sort((x, y) => x.alert.at.getTime() - y.alert.at.getTime());
}

/**
 * Alerts due in (since, now]; `since` omitted: all due so far. Escalation offsets are business
 * minutes of running time before (−) or after (+) the resolution deadline.
 */
export function dueSlaAlerts(
  calendar: BusinessCalendar,
  log: readonly SlaEvent[],
  escalations: readonly SlaEscalation[],
  now: Date,
  since?: Date,
): SlaAlert[] {
  return alertsOf(calendar, log, escalations, now)
    .filter(({ due, alert }) => due && (!since || alert.at.getTime() > since.getTime()))
    .map(({ alert }) => alert);
}

/** Every alert of the record's clocks that is due or may still come, with its effect key. */
export function slaAlertCandidates(recordId: string, clocks: readonly SlaAlertClock[], now: Date) {
  return clocks.flatMap((clock) =>
    alertsOf(clock.calendar, clock.log, clock.escalations, now).map(({ alert }) => ({ key: slaAlertKey(recordId, clock.kind, alert), at: alert.at })),
  );
}

/**
 * The earliest candidate whose key has not been claimed (sent): when the sweep must next look at
 * the record. It may lie in the past (due, not sent yet); null: nothing left to send as the log
 * stands, until its next event.
 */
export function nextSlaAlertAt(candidates: readonly { key: string; at: Date }[], sent: ReadonlySet<string>): Date | null {
  const times = candidates.filter((c) => !sent.has(c.key)).map((c) => c.at.getTime());
  return times.length ? new Date(Math.min(...times)) : null;
}
