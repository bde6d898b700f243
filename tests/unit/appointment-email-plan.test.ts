import { describe, expect, it } from "vitest";
import { appointmentEmailInstants, appointmentEmailKey, appointmentEmailPlan, nextEmailAtFor } from "@/lib/appointments/email-plan";

// Issue 13 item 7 (SPEC W4): when an appointment's attendees hear of it — 09:00 the day before
// and 07:00 on the day, in the org's zone. Istanbul keeps one offset all year; Bucharest changes
// on the last Sundays of March and October, so the wall times must hold across those nights.

const iso = (d: Date | null) => d?.toISOString() ?? null;

describe("the e-mail instants", () => {
  it("are 09:00 the day before and 07:00 on the day in Istanbul (UTC+3)", () => {
    const { dayBefore, onDay } = appointmentEmailInstants(new Date("2026-12-10T07:00:00Z"), "Europe/Istanbul");
    expect(iso(dayBefore)).toBe("2026-12-09T06:00:00.000Z");
    expect(iso(onDay)).toBe("2026-12-10T04:00:00.000Z");
  });

  it("follow Bucharest's clocks across the spring-forward night (28 March 2027)", () => {
    // The clocks go forward at 03:00 that night, so 10:00 on the 28th is EEST (UTC+3).
    const onTheDay = appointmentEmailInstants(new Date("2027-03-28T07:00:00Z"), "Europe/Bucharest");
    expect(iso(onTheDay.dayBefore)).toBe("2027-03-27T07:00:00.000Z"); // 09:00 EET, still winter time
    expect(iso(onTheDay.onDay)).toBe("2027-03-28T04:00:00.000Z"); // 07:00 EEST, summer time
    const dayAfter = appointmentEmailInstants(new Date("2027-03-29T07:00:00Z"), "Europe/Bucharest");
    expect(iso(dayAfter.dayBefore)).toBe("2027-03-28T06:00:00.000Z"); // 09:00 EEST on the short day
  });

  it("follow Bucharest's clocks across the fall-back night (25 October 2026)", () => {
    const dayAfter = appointmentEmailInstants(new Date("2026-10-26T08:00:00Z"), "Europe/Bucharest");
    expect(iso(dayAfter.dayBefore)).toBe("2026-10-25T07:00:00.000Z"); // 09:00 EET on the long day
    const onTheDay = appointmentEmailInstants(new Date("2026-10-25T08:00:00Z"), "Europe/Bucharest");
    expect(iso(onTheDay.onDay)).toBe("2026-10-25T05:00:00.000Z"); // 07:00 EET, after the change at 04:00
  });

  it("tells of an appointment before 07:00 at midnight rather than after it began", () => {
    const { onDay } = appointmentEmailInstants(new Date("2026-12-10T03:00:00Z"), "Europe/Istanbul"); // 06:00 local
    expect(iso(onDay)).toBe("2026-12-09T21:00:00.000Z");
  });
});

describe("what is due when", () => {
  const startsAt = new Date("2026-12-10T07:00:00Z"); // 10:00 Istanbul
  const zone = "Europe/Istanbul";

  it("waits for the day before, then sends it, then waits for the day", () => {
    expect(appointmentEmailPlan(startsAt, zone, new Date("2026-12-01T10:00:00Z"))).toEqual({ due: [], next: new Date("2026-12-09T06:00:00Z") });
    expect(appointmentEmailPlan(startsAt, zone, new Date("2026-12-09T05:59:59Z")).due).toEqual([]);
    expect(appointmentEmailPlan(startsAt, zone, new Date("2026-12-09T06:00:00Z"))).toEqual({
      due: ["dayBefore"],
      next: new Date("2026-12-10T04:00:00Z"),
    });
    expect(appointmentEmailPlan(startsAt, zone, new Date("2026-12-10T04:00:00Z"))).toEqual({ due: ["onDay"], next: null });
  });

  it("sends at once what a late booking still needs, and nothing once the appointment has begun", () => {
    // Booked in the evening before: the day-before e-mail goes at once.
    expect(nextEmailAtFor(startsAt, zone, new Date("2026-12-09T17:00:00Z"))).toEqual(new Date("2026-12-09T17:00:00Z"));
    // Booked on the morning itself: only "today", never "tomorrow".
    expect(appointmentEmailPlan(startsAt, zone, new Date("2026-12-10T05:00:00Z")).due).toEqual(["onDay"]);
    expect(nextEmailAtFor(startsAt, zone, startsAt)).toBeNull();
  });

  it("keys each e-mail by the start, so a moved appointment has new keys", () => {
    const key = appointmentEmailKey("a1", "dayBefore", startsAt, "u1");
    expect(key).toBe("appointment-email:a1:dayBefore:2026-12-10T07:00:00.000Z:u1");
    expect(appointmentEmailKey("a1", "dayBefore", new Date("2026-12-11T07:00:00Z"), "u1")).not.toBe(key);
  });
});
