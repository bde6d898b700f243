import type { SlaClockState } from "@/db/schema/enum-values";
import { addBusinessMinutes, businessMinutesBetween } from "@/lib/calendars/business-time";
import type { BusinessCalendar } from "@/lib/calendars/schemas";
import { DEFAULT_WARN_SHARE, type SlaEvent, type SlaTargets } from "./events";
import { replaySlaLog, type SlaSegment } from "./timeline";

// Client-safe and pure: the same log, calendar and "now" always give the same reading. A priority,
// policy or calendar change is replayed from the start with the new target, so every paused
// minute before it is kept (the GLPI #6902 / #15605 bug: paused time lost on such a change).

export type SlaClockReading = {
  /** Business minutes allowed. */
  target: number;
  /**
   * When the target is (or was) reached: the first instant running time equals the target, given
   * the pauses so far and no further pause. While paused it moves on with the pause.
   */
  deadline: Date;
  /** The same at the policy's warning share of the target (default 80 %). */
  warningAt: Date;
  /** Business minutes the clock ran (paused and stopped time excluded). */
  elapsed: number;
  /** Business minutes it stood in pausing statuses. */
  paused: number;
  state: SlaClockState;
  /** Paused right now (also when already breached). */
  isPaused: boolean;
  /**
   * Business minutes left before the target, and over it. Both count working time only, so on the
   * Saturday after a Friday 18:00 deadline the clock is breached yet 0 minutes overdue.
   */
  left: number;
  overdue: number;
  /** The first response, or the resolution; null while the clock is open. */
  stoppedAt: Date | null;
};

export type SlaReading = {
  firstResponse: SlaClockReading | null;
  resolution: SlaClockReading | null;
  /** Running, paused (with the status) and stopped stretches, in order, for the record page. */
  timeline: SlaSegment[];
};

type Clipped = { kind: SlaSegment["kind"]; from: Date; minutes: number };

/** The segments up to `end`, the last one cut there. */
function clip(calendar: BusinessCalendar, segments: readonly SlaSegment[], end: Date): Clipped[] {
  return segments
    .filter((s) => s.from.getTime() < end.getTime())
    .map((s) => (s.to.getTime() <= end.getTime() ? s : { ...s, minutes: businessMinutesBetween(calendar, s.from, end) }));
}

/** The first instant the clock has run `minutes`; past the log's end it runs on without pauses. */
function instantReaching(calendar: BusinessCalendar, segments: readonly Clipped[], end: Date, minutes: number): Date {
  let ran = 0;
  for (const segment of segments) {
    if (segment.kind !== "running") continue;
    if (ran + segment.minutes >= minutes) return addBusinessMinutes(calendar, segment.from, minutes - ran);
    ran += segment.minutes;
  }
  return addBusinessMinutes(calendar, end, Math.max(0, minutes - ran));
}

function sum(segments: readonly Clipped[], kind: SlaSegment["kind"]) {
  return segments.reduce((total, s) => (s.kind === kind ? total + s.minutes : total), 0);
}

function readClock(
  calendar: BusinessCalendar,
  segments: readonly SlaSegment[],
  target: number,
  warnShare: number,
  stoppedAt: Date | null,
  now: Date,
  pausedNow: boolean,
): SlaClockReading {
  const end = stoppedAt ?? now;
  const clipped = clip(calendar, segments, end);
  const deadline = instantReaching(calendar, clipped, end, target);
  const elapsed = sum(clipped, "running");
  const isPaused = stoppedAt === null && pausedNow;
  const late = end.getTime() > deadline.getTime();
  const state: SlaClockState = stoppedAt ? (late ? "breached_met_late" : "met") : late ? "breached" : isPaused ? "paused" : "running";
  return {
    target,
    deadline,
    warningAt: instantReaching(calendar, clipped, end, target * warnShare),
    elapsed,
    paused: sum(clipped, "paused"),
    state,
    isPaused,
    left: Math.max(0, target - elapsed),
    overdue: Math.max(0, elapsed - target),
    stoppedAt,
  };
}

/**
 * The SLA clocks of one record as of `now` (events after it are not yet known). Each clock is
 * judged by the priority and policy in force when it stopped, or now while it runs; a priority
 * without that target has no clock (null). Resolving also stops the first-response clock, since a
 * resolved record has been answered.
 */
export function deriveSlaClock(calendar: BusinessCalendar, log: readonly SlaEvent[], now: Date): SlaReading {
  const replay = replaySlaLog(calendar, log, now);
  const clockFor = (pick: keyof SlaTargets, stoppedAt: Date | null) => {
    const { priority, policy } = replay.stateAt(stoppedAt ?? now);
    const target = policy.targets[priority]?.[pick];
    if (target === null || target === undefined) return null;
    return readClock(calendar, replay.segments, target, policy.warnShare ?? DEFAULT_WARN_SHARE, stoppedAt, now, replay.currentKind === "paused");
  };
  return {
    firstResponse: clockFor("firstResponse", replay.respondedAt),
    resolution: clockFor("resolution", replay.resolvedAt),
    timeline: replay.segments,
  };
}
