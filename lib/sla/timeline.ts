import { businessMinutesBetween } from "@/lib/calendars/business-time";
import type { BusinessCalendar } from "@/lib/calendars/schemas";
import type { SlaEvent, SlaPolicySnapshot } from "./events";

// Client-safe and pure. Replays a record's SLA event log into segments of one kind each — the
// timeline the record page renders in words and the clocks (lib/sla/clock.ts) add up.

export type SlaSegmentKind = "running" | "paused" | "stopped";

export type SlaSegment = {
  kind: SlaSegmentKind;
  from: Date;
  to: Date;
  /** The record's status: for a paused segment, the reason ("waiting for customer"). */
  status: string;
  priority: string;
  /** Business minutes inside the segment; paused and stopped time outside working hours counts nothing. */
  minutes: number;
};

/** The replayed state at one instant: what a clock stopping there is judged by. */
export type SlaState = { priority: string; policy: SlaPolicySnapshot };

export type SlaReplay = {
  startedAt: Date;
  segments: SlaSegment[];
  /** First response (or, if it came first, resolution): when the first-response clock stopped. */
  respondedAt: Date | null;
  /** Set while the record is resolved at "now" (a reopen clears it). */
  resolvedAt: Date | null;
  /**
   * What the clock is doing at "now" — also when the last event is exactly at now and its
   * stretch has no length yet (a record paused this instant is paused, not running).
   */
  currentKind: SlaSegmentKind;
  stateAt: (at: Date) => SlaState;
};

function kindOf(state: { status: string; policy: SlaPolicySnapshot; resolved: boolean }): SlaSegmentKind {
  if (state.resolved) return "stopped";
  return state.policy.pauseStatuses.includes(state.status) ? "paused" : "running";
}

/**
 * Events are taken in time order (a stable sort keeps the log's order for equal instants); those
 * after `now` are not yet known. The log must open with `started`.
 */
export function replaySlaLog(calendar: BusinessCalendar, log: readonly SlaEvent[], now: Date): SlaReplay {
  const events = [...log].sort((a, b) => a.at.getTime() - b.at.getTime()).filter((e) => e.at.getTime() <= now.getTime());
  const first = events[0];
  if (!first || first.kind !== "started") throw new RangeError("an SLA log opens with its started event, at or before now");
  const state = { status: first.status, priority: first.priority, policy: first.policy, resolved: false };
  const initial: SlaState = { priority: state.priority, policy: state.policy };
  const changes: { at: number; state: SlaState }[] = [{ at: first.at.getTime(), state: initial }];
  const segments: SlaSegment[] = [];
  let respondedAt: Date | null = null;
  let resolvedAt: Date | null = null;
  let cursor = first.at;

  const close = (to: Date) => {
    const from = cursor;
    if (to.getTime() <= from.getTime()) return;
    cursor = to;
    const segment = {
      kind: kindOf(state),
      from,
      to,
      status: state.status,
      priority: state.priority,
      minutes: businessMinutesBetween(calendar, from, to),
    };
    const previous = segments[segments.length - 1];
    // One segment per stretch of the same kind, status and priority, however many events fell in it.
    if (previous && previous.kind === segment.kind && previous.status === segment.status && previous.priority === segment.priority) {
      segments[segments.length - 1] = { ...previous, to, minutes: previous.minutes + segment.minutes };
    } else segments.push(segment);
  };

  for (const event of events.slice(1)) {
    close(event.at);
    switch (event.kind) {
      case "started":
        throw new RangeError("an SLA log has one started event");
      case "status_changed":
        state.status = event.status;
        break;
      case "priority_changed":
        state.priority = event.priority;
        break;
      case "policy_changed":
        // The new pause set judges the current status from here on; earlier segments keep theirs.
        state.policy = event.policy;
        break;
      case "first_response":
        respondedAt ??= event.at;
        break;
      case "resolved":
        respondedAt ??= event.at;
        state.resolved = true;
        resolvedAt ??= event.at;
        break;
      case "reopened":
        state.resolved = false;
        resolvedAt = null;
        break;
    }
    if (event.kind === "priority_changed" || event.kind === "policy_changed") {
      changes.push({ at: event.at.getTime(), state: { priority: state.priority, policy: state.policy } });
    }
  }
  close(now);

  return {
    startedAt: first.at,
    segments,
    respondedAt,
    resolvedAt,
    currentKind: kindOf(state),
    stateAt: (at) => changes.findLast((c) => c.at <= at.getTime())?.state ?? initial,
  };
}
