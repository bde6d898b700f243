import { describe, expect, it } from "vitest";
import { type BusinessCalendar, businessCalendarSchema } from "@/lib/calendars/schemas";
import { deriveSlaClock } from "@/lib/sla/clock";
import type { SlaEvent, SlaPolicySnapshot } from "@/lib/sla/events";

/**
 * Issue 11 item 6: the SLA clock is derived from an append-only event log and the calendar.
 * Istanbul, Monday–Friday 09:00–18:00, Turkish public holidays; times are written in +03.
 */

const day = [{ start: "09:00", end: "18:00" }];
const calendar: BusinessCalendar = businessCalendarSchema.parse({
  timeZone: "Europe/Istanbul",
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
  holidays: [],
  country: "TR",
});

const policy: SlaPolicySnapshot = {
  targets: {
    high: { firstResponse: 60, resolution: 240 },
    medium: { firstResponse: 120, resolution: 480 },
    low: { firstResponse: null, resolution: 2400 },
  },
  pauseStatuses: ["waiting_for_customer", "waiting_for_parts"],
};

const t = (local: string) => new Date(`${local}:00+03:00`);
const iso = (local: string) => t(local).toISOString();
const started = (at: string, priority = "high", status = "new", snapshot = policy): SlaEvent => ({
  kind: "started",
  at: t(at),
  priority,
  status,
  policy: snapshot,
});
const status = (at: string, value: string): SlaEvent => ({ kind: "status_changed", at: t(at), status: value });

describe("the issue's example: High = 4 business hours, created Friday 16:00", () => {
  it("is due Monday 11:00 and running, with the warning at 80 % (Monday 10:12)", () => {
    const reading = deriveSlaClock(calendar, [started("2027-01-08T16:00")], t("2027-01-08T17:00"));
    expect(reading.resolution).toMatchObject({
      target: 240,
      state: "running",
      elapsed: 60,
      paused: 0,
      left: 180,
      overdue: 0,
      isPaused: false,
      stoppedAt: null,
    });
    expect(reading.resolution?.deadline.toISOString()).toBe(iso("2027-01-11T11:00"));
    expect(reading.resolution?.warningAt.toISOString()).toBe(iso("2027-01-11T10:12"));
  });

  it("moves the deadline by the working hour spent waiting for the customer: due Monday 12:00", () => {
    const log = [started("2027-01-08T16:00"), status("2027-01-11T09:00", "waiting_for_customer"), status("2027-01-11T10:00", "in_progress")];
    const reading = deriveSlaClock(calendar, log, t("2027-01-11T10:30"));
    expect(reading.resolution).toMatchObject({ state: "running", elapsed: 150, paused: 60, left: 90 });
    expect(reading.resolution?.deadline.toISOString()).toBe(iso("2027-01-11T12:00"));
    expect(reading.timeline.map((s) => [s.kind, s.status, s.minutes])).toEqual([
      ["running", "new", 120],
      ["paused", "waiting_for_customer", 60],
      ["running", "in_progress", 30],
    ]);
  });

  it("while paused, says so and dates the deadline as if work resumed now", () => {
    const log = [started("2027-01-08T16:00"), status("2027-01-11T09:00", "waiting_for_customer")];
    const reading = deriveSlaClock(calendar, log, t("2027-01-11T09:30"));
    expect(reading.resolution).toMatchObject({ state: "paused", isPaused: true, elapsed: 120, paused: 30 });
    expect(reading.resolution?.deadline.toISOString()).toBe(iso("2027-01-11T11:30"));
  });

  it("is breached once past the deadline, overdue in business minutes", () => {
    const reading = deriveSlaClock(calendar, [started("2027-01-08T16:00")], t("2027-01-11T13:30"));
    expect(reading.resolution).toMatchObject({ state: "breached", elapsed: 390, left: 0, overdue: 150 });
    // The first response (1 h) was due Friday 17:00.
    expect(reading.firstResponse).toMatchObject({ state: "breached", target: 60 });
    expect(reading.firstResponse?.deadline.toISOString()).toBe(iso("2027-01-08T17:00"));
  });
});

describe("a priority or policy change recomputes from the start and keeps every paused minute (GLPI #6902, #15605)", () => {
  it("priority raised to High while paused: 1 h run, 2 h paused, due 3 h after resuming", () => {
    const log = [
      started("2027-01-11T09:00", "medium"),
      status("2027-01-11T10:00", "waiting_for_customer"),
      { kind: "priority_changed", at: t("2027-01-11T11:00"), priority: "high" } satisfies SlaEvent,
      status("2027-01-11T12:00", "in_progress"),
    ];
    const reading = deriveSlaClock(calendar, log, t("2027-01-11T12:30"));
    // 09:00 + 4 h running + the 2 h pause = 15:00; losing the pause would say 13:00.
    expect(reading.resolution).toMatchObject({ target: 240, elapsed: 90, paused: 120, state: "running" });
    expect(reading.resolution?.deadline.toISOString()).toBe(iso("2027-01-11T15:00"));
    // The pause is one reason, split where the priority changed, and both halves are kept.
    expect(reading.timeline.map((s) => [s.kind, s.priority, s.minutes])).toEqual([
      ["running", "medium", 60],
      ["paused", "medium", 60],
      ["paused", "high", 60],
      ["running", "high", 30],
    ]);
  });

  it("priority lowered: the longer target counts from the start too", () => {
    const log = [started("2027-01-11T09:00", "high"), status("2027-01-11T10:00", "waiting_for_parts"), status("2027-01-11T11:00", "in_progress")];
    const lowered = [...log, { kind: "priority_changed", at: t("2027-01-11T14:00"), priority: "medium" } satisfies SlaEvent];
    expect(deriveSlaClock(calendar, log, t("2027-01-11T14:30")).resolution?.deadline.toISOString()).toBe(iso("2027-01-11T14:00"));
    const reading = deriveSlaClock(calendar, lowered, t("2027-01-11T14:30"));
    // 8 h running + 1 h paused from 09:00: Monday 18:00. Not breached, though the High deadline passed.
    expect(reading.resolution).toMatchObject({ target: 480, paused: 60, state: "running" });
    expect(reading.resolution?.deadline.toISOString()).toBe(iso("2027-01-11T18:00"));
  });

  it("a new policy brings its targets and its pause statuses, and the pause before it stays", () => {
    const next: SlaPolicySnapshot = { targets: { high: { firstResponse: 60, resolution: 300 } }, pauseStatuses: ["waiting_for_customer"] };
    const log = [
      started("2027-01-11T09:00"),
      status("2027-01-11T10:00", "waiting_for_parts"),
      { kind: "policy_changed", at: t("2027-01-11T11:00"), policy: next } satisfies SlaEvent,
    ];
    const reading = deriveSlaClock(calendar, log, t("2027-01-11T12:00"));
    // Waiting for parts no longer pauses from 11:00; the hour paused before stays paused.
    expect(reading.resolution).toMatchObject({ target: 300, elapsed: 120, paused: 60, state: "running" });
    expect(reading.resolution?.deadline.toISOString()).toBe(iso("2027-01-11T15:00"));
    expect(reading.timeline.map((s) => s.kind)).toEqual(["running", "paused", "running"]);
  });

  it("a calendar change is the same log read under the new calendar, pauses included", () => {
    const lunch = businessCalendarSchema.parse({
      ...calendar,
      hours: {
        ...calendar.hours,
        mon: [
          { start: "09:00", end: "12:00" },
          { start: "13:00", end: "18:00" },
        ],
      },
    });
    const log = [started("2027-01-11T09:00"), status("2027-01-11T10:00", "waiting_for_customer"), status("2027-01-11T11:00", "in_progress")];
    const reading = deriveSlaClock(lunch, log, t("2027-01-11T11:30"));
    // 1 h run, 1 h paused, then 1 h before lunch and 2 h after: 15:00.
    expect(reading.resolution).toMatchObject({ paused: 60 });
    expect(reading.resolution?.deadline.toISOString()).toBe(iso("2027-01-11T15:00"));
  });
});

describe("pauses across non-working time", () => {
  it("a holiday inside a pause is not paused time (29 October, Republic Day)", () => {
    const log = [started("2027-10-28T16:00"), status("2027-10-28T17:00", "waiting_for_customer"), status("2027-11-01T10:00", "in_progress")];
    const reading = deriveSlaClock(calendar, log, t("2027-11-01T10:00"));
    // Paused: Thursday 17–18 and Monday 9–10. The holiday Friday and the weekend count nothing.
    expect(reading.resolution).toMatchObject({ paused: 120, elapsed: 60 });
    expect(reading.resolution?.deadline.toISOString()).toBe(iso("2027-11-01T13:00"));
  });
});

describe("met, late and reopened", () => {
  it("first response within the target is met; resolution after the deadline is breached and met late", () => {
    const log = [
      started("2027-01-11T09:00"),
      { kind: "first_response", at: t("2027-01-11T09:40") } satisfies SlaEvent,
      status("2027-01-11T10:00", "in_progress"),
      { kind: "resolved", at: t("2027-01-11T14:00") } satisfies SlaEvent,
    ];
    const reading = deriveSlaClock(calendar, log, t("2027-01-12T12:00"));
    expect(reading.firstResponse).toMatchObject({ state: "met", elapsed: 40, left: 20, stoppedAt: t("2027-01-11T09:40") });
    expect(reading.resolution).toMatchObject({ state: "breached_met_late", elapsed: 300, overdue: 60, stoppedAt: t("2027-01-11T14:00") });
    expect(reading.timeline.at(-1)).toMatchObject({ kind: "stopped" });
  });

  it("a resolution on time is met, and resolving also answers the first response", () => {
    const log = [started("2027-01-11T09:00", "medium"), { kind: "resolved", at: t("2027-01-11T10:30") } satisfies SlaEvent];
    const reading = deriveSlaClock(calendar, log, t("2027-01-13T09:00"));
    expect(reading.resolution).toMatchObject({ state: "met", elapsed: 90 });
    expect(reading.firstResponse).toMatchObject({ state: "met", elapsed: 90, stoppedAt: t("2027-01-11T10:30") });
  });

  it("reopening runs the resolution clock on; the time it was resolved does not count", () => {
    const log = [
      started("2027-01-11T09:00"),
      { kind: "resolved", at: t("2027-01-11T10:00") } satisfies SlaEvent,
      { kind: "reopened", at: t("2027-01-12T09:00") } satisfies SlaEvent,
    ];
    const reading = deriveSlaClock(calendar, log, t("2027-01-12T10:00"));
    expect(reading.resolution).toMatchObject({ state: "running", elapsed: 120, stoppedAt: null });
    // 2 h of 4 ran (Monday 9–10, Tuesday 9–10); the 8 working hours it stood resolved count nothing.
    expect(reading.resolution?.deadline.toISOString()).toBe(iso("2027-01-12T12:00"));
    expect(reading.timeline.map((s) => s.kind)).toEqual(["running", "stopped", "running"]);
  });
});

describe("a pure reading of the log as of now", () => {
  const log = [started("2027-01-11T09:00"), status("2027-01-11T10:00", "waiting_for_customer"), status("2027-01-11T12:00", "in_progress")];

  it("does not know events after now", () => {
    const before = deriveSlaClock(calendar, log, t("2027-01-11T09:30"));
    expect(before.resolution).toMatchObject({ state: "running", paused: 0, elapsed: 30 });
    expect(before.timeline).toHaveLength(1);
  });

  it("gives the same reading for the same input, in whatever order equal logs were appended", () => {
    const now = t("2027-01-11T13:00");
    expect(deriveSlaClock(calendar, [...log].reverse(), now)).toEqual(deriveSlaClock(calendar, log, now));
  });

  it("has no clock for a target the priority lacks, and refuses a log without its start", () => {
    expect(deriveSlaClock(calendar, [started("2027-01-11T09:00", "low")], t("2027-01-11T10:00")).firstResponse).toBeNull();
    expect(deriveSlaClock(calendar, [started("2027-01-11T09:00", "unknown")], t("2027-01-11T10:00")).resolution).toBeNull();
    expect(() => deriveSlaClock(calendar, [status("2027-01-11T09:00", "new")], t("2027-01-11T10:00"))).toThrow(RangeError);
  });
});
