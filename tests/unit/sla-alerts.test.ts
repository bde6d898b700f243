import { describe, expect, it } from "vitest";
import { type BusinessCalendar, businessCalendarSchema } from "@/lib/calendars/schemas";
import { deriveSlaClock } from "@/lib/sla/clock";
import { dueSlaAlerts, nextSlaAlertAt, type SlaAlertClock, slaAlertCandidates, slaAlertKey, type SlaEscalation } from "@/lib/sla/due-sla-alerts";
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

describe("the next alert instant (the sweep's cached sla_next_alert_at)", () => {
  const sla = (log: SlaEvent[]): SlaAlertClock => ({ kind: "sla", calendar, log, escalations: rules });
  // The OLA clock starts on assignment at 09:20: resolution 30 min (warning 09:44, breach 09:50), no first-response target.
  const olaPolicy: SlaPolicySnapshot = { targets: { high: { firstResponse: null, resolution: 30 } }, pauseStatuses: [] };
  const ola: SlaAlertClock = {
    kind: "ola",
    calendar,
    log: [{ kind: "started", at: t("07T09:20"), priority: "high", status: "assigned", policy: olaPolicy }],
    escalations: [],
  };
  const next = (clocks: SlaAlertClock[], now: Date, sent: string[] = []) =>
    nextSlaAlertAt(slaAlertCandidates("r1", clocks, now), new Set(sent))?.toISOString() ?? null;
  const key = (clock: "sla" | "ola", alertKey: string, local: string) => slaAlertKey("r1", clock, { key: alertKey, at: t(local) });

  it("is the first-response warning when it comes before every other instant", () => {
    expect(next([sla([started])], t("07T09:10"))).toBe(t("07T09:48").toISOString());
  });

  it("spans both clocks, each alert under its own clock's key, until every key is sent", () => {
    const clocks = [sla([started]), ola];
    expect(slaAlertCandidates("r1", clocks, t("07T09:30")).map((c) => c.key)).toEqual(
      expect.arrayContaining([key("sla", "firstResponse:warning", "07T09:48"), key("ola", "resolution:breach", "07T09:50")]),
    );
    expect(next(clocks, t("07T09:30"))).toBe(t("07T09:44").toISOString()); // the OLA warning
    const olaWarning = key("ola", "resolution:warning", "07T09:44");
    expect(next(clocks, t("07T09:30"), [olaWarning])).toBe(t("07T09:48").toISOString());
    expect(next(clocks, t("07T09:30"), [olaWarning, key("sla", "firstResponse:warning", "07T09:48")])).toBe(t("07T09:50").toISOString());
    const all = slaAlertCandidates("r1", clocks, t("07T16:00")).map((c) => c.key);
    expect(all).toHaveLength(4 + 2 + 2); // SLA: 2 targets × warning and breach, 2 rules; OLA: resolution warning and breach
    expect(next(clocks, t("07T16:00"), all)).toBeNull();
  });

  it("is an instant already past while its alert is not sent, the next one once it is", () => {
    expect(next([sla([started])], t("07T10:30"))).toBe(t("07T09:48").toISOString());
    const sent = [key("sla", "firstResponse:warning", "07T09:48"), key("sla", "firstResponse:breach", "07T10:00")];
    expect(next([sla([started])], t("07T10:30"), sent)).toBe(t("07T12:12").toISOString());
  });

  it("waits while the clock is paused and moves by the paused time after the resume", () => {
    const answered: SlaEvent[] = [started, { kind: "first_response", at: t("07T09:30") }];
    const paused: SlaEvent[] = [...answered, { kind: "status_changed", at: t("07T10:00"), status: "waiting_for_customer" }];
    expect(next([sla(answered)], t("07T10:00"))).toBe(t("07T12:12").toISOString());
    // Paused: nothing can come until the resume, which is logged and recomputes the instant.
    expect(next([sla(paused)], t("07T10:30"))).toBeNull();
    const resumed: SlaEvent[] = [...paused, { kind: "status_changed", at: t("07T11:00"), status: "in_progress" }];
    expect(next([sla(resumed)], t("07T11:00"))).toBe(t("07T13:12").toISOString());
    expect(next([sla(resumed)], t("07T11:00"), [key("sla", "resolution:warning", "07T13:12")])).toBe(t("07T13:30").toISOString());
  });
});
