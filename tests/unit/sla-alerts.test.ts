import { describe, expect, it } from "vitest";
import { type BusinessCalendar, businessCalendarSchema } from "@/lib/calendars/schemas";
import { deriveSlaClock } from "@/lib/sla/clock";
import { dueSlaAlerts, type SlaEscalation } from "@/lib/sla/due-sla-alerts";
import type { SlaEvent, SlaPolicySnapshot } from "@/lib/sla/events";

// Issue 11: which warnings, breaches and escalations are due for the job to send, read from the
// log. Istanbul, Monday–Friday 09:00–18:00, no holidays; 2027-06-07 is a Monday; times in +03.

const day = [{ start: "09:00", end: "18:00" }];
const calendar: BusinessCalendar = businessCalendarSchema.parse({
  timeZone: "Europe/Istanbul",
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
  holidays: [],
  country: "",
});
const policy: SlaPolicySnapshot = { targets: { high: { firstResponse: 60, resolution: 240 } }, pauseStatuses: ["waiting_for_customer"] };
const t = (local: string) => new Date(`2027-06-${local}:00+03:00`);
const started: SlaEvent = { kind: "started", at: t("07T09:00"), priority: "high", status: "new", policy };
const rules: SlaEscalation[] = [
  { offsetMinutes: -30, action: "notify_manager" },
  { offsetMinutes: 60, action: "raise_priority", priorityId: "urgent" },
];
const summary = (alerts: ReturnType<typeof dueSlaAlerts>) => alerts.map((a) => [a.key, a.at.toISOString()]);

describe("due SLA alerts", () => {
  it("lists the warnings, breaches and escalations reached by now, in time order", () => {
    expect(summary(dueSlaAlerts(calendar, [started], rules, t("07T12:30")))).toEqual([
      ["firstResponse:warning", t("07T09:48").toISOString()],
      ["firstResponse:breach", t("07T10:00").toISOString()],
      ["resolution:warning", t("07T12:12").toISOString()],
      ["resolution:escalation:0", t("07T12:30").toISOString()],
    ]);
  });

  it("gives only what fell due since the last run", () => {
    const alerts = dueSlaAlerts(calendar, [started], rules, t("07T15:00"), t("07T12:30"));
    expect(summary(alerts)).toEqual([
      ["resolution:breach", t("07T13:00").toISOString()],
      ["resolution:escalation:1", t("07T14:00").toISOString()],
    ]);
    expect(alerts[1]!.rule).toEqual(rules[1]);
  });

  it("moves every instant by the paused time, and a clock stopped in time never breaches", () => {
    const log: SlaEvent[] = [
      started,
      { kind: "first_response", at: t("07T09:30") },
      { kind: "status_changed", at: t("07T10:00"), status: "waiting_for_customer" },
      { kind: "status_changed", at: t("07T11:00"), status: "in_progress" },
      { kind: "resolved", at: t("07T13:30") },
    ];
    // First response before its warning; resolution due 14:00 after an hour's pause, resolved at
    // 13:30 — after the 80 % warning (13:12), exactly at the −30 min escalation, before the breach.
    expect(summary(dueSlaAlerts(calendar, log, rules, t("08T12:00")))).toEqual([["resolution:warning", t("07T13:12").toISOString()]]);
  });

  it("a record paused this very instant reads as paused (the cache is written at that instant)", () => {
    const log: SlaEvent[] = [started, { kind: "status_changed", at: t("07T10:00"), status: "waiting_for_customer" }];
    const reading = deriveSlaClock(calendar, log, t("07T10:00"));
    expect(reading.resolution).toMatchObject({ state: "paused", isPaused: true, left: 180 });
  });
});
