import type { SlaEscalationAction } from "@/db/schema/enum-values";
import type { BusinessCalendar } from "@/lib/calendars/schemas";
import { deriveSlaClock, type SlaClockReading } from "./clock";
import type { SlaEvent, SlaPolicySnapshot } from "./events";

// Client-safe and pure: which SLA warnings, breaches and escalations of one record are due by
// `now`, for the job that sends them (issue 11; the jobs are wired by the job framework). Each has
// a stable key, so the job records it under a unique key in its own table and a retry or a second
// instance never sends it twice. Everything is read from the log, so pauses move every instant.

export type SlaEscalation = { offsetMinutes: number; action: SlaEscalationAction; userId?: string | null; priorityId?: string | null };
export type SlaAlert = {
  kind: "warning" | "breach" | "escalation";
  clock: "firstResponse" | "resolution";
  at: Date;
  /** "resolution:warning", "firstResponse:breach", "resolution:escalation:2" (the rule's index). */
  key: string;
  rule?: SlaEscalation;
};

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
 * The earliest escalation instant of the rules, as the clock stands at `now`: cached on the record
 * (sla_escalate_at) so the sweep finds a record whose escalation comes before its warning in time.
 */
export function earliestEscalationAt(calendar: BusinessCalendar, log: readonly SlaEvent[], escalations: readonly SlaEscalation[], now: Date) {
  const resolution = deriveSlaClock(calendar, log, now).resolution;
  if (!resolution || !escalations.length) return null;
  return new Date(Math.min(...escalations.map((rule) => escalationAt(calendar, log, resolution, rule, now).getTime())));
}

/** True when the instant came while the clock still ran (a clock stopped first never reaches it). */
function reached(at: Date, clock: SlaClockReading, now: Date) {
  const end = clock.stoppedAt ?? now;
  return at.getTime() <= now.getTime() && at.getTime() < end.getTime() + (clock.stoppedAt ? 0 : 1);
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
  const reading = deriveSlaClock(calendar, log, now);
  const alerts: SlaAlert[] = [];
  for (const name of ["firstResponse", "resolution"] as const) {
    const clock = reading[name];
    if (!clock) continue;
    if (reached(clock.warningAt, clock, now)) alerts.push({ kind: "warning", clock: name, at: clock.warningAt, key: `${name}:warning` });
    if (reached(clock.deadline, clock, now)) alerts.push({ kind: "breach", clock: name, at: clock.deadline, key: `${name}:breach` });
  }
  const resolution = reading.resolution;
  if (resolution) {
    escalations.forEach((rule, index) => {
      const at = escalationAt(calendar, log, resolution, rule, now);
      if (reached(at, resolution, now)) alerts.push({ kind: "escalation", clock: "resolution", at, key: `resolution:escalation:${index}`, rule });
    });
  }
  return alerts.filter((a) => !since || a.at.getTime() > since.getTime()).sort((x, y) => x.at.getTime() - y.at.getTime());
}
