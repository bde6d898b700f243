import { describe, expect, it } from "vitest";
import { splitMinutes, timeLeft } from "@/lib/sla/time-left";

// The service list's coloured "time left" (issue 11 item 6), from the cached columns and now.

const due = "2027-03-08T11:00:00.000Z";
const warn = "2027-03-08T10:12:00.000Z";
const at = (iso: string) => new Date(iso);

describe("time left in the service list", () => {
  it("is green before the warning share, amber from it, red and overdue once the deadline passed", () => {
    const running = { state: "running" as const, dueAt: due, warnAt: warn, pausedLeft: null };
    expect(timeLeft(running, at("2027-03-08T08:50:00Z"))).toEqual({ tone: "ok", minutes: 130 });
    expect(timeLeft(running, at("2027-03-08T10:12:00Z"))).toEqual({ tone: "warning", minutes: 48 });
    expect(timeLeft(running, at("2027-03-08T13:10:30Z"))).toEqual({ tone: "breached", minutes: 130 });
  });

  it("shows what a paused clock had left, whatever the time", () => {
    expect(timeLeft({ state: "paused", dueAt: due, warnAt: warn, pausedLeft: 75 }, at("2027-03-09T08:00:00Z"))).toEqual({
      tone: "paused",
      minutes: 75,
    });
  });

  it("a met clock is no longer counted; one met late stays red", () => {
    expect(timeLeft({ state: "met", dueAt: due, warnAt: warn, pausedLeft: null }, at("2027-03-09T08:00:00Z")).tone).toBe("met");
    expect(timeLeft({ state: "breached_met_late", dueAt: due, warnAt: warn, pausedLeft: null }, at("2027-03-09T08:00:00Z")).tone).toBe("breached");
  });

  it("splits business minutes into whole hours and minutes", () => {
    expect(splitMinutes(130)).toEqual({ hours: 2, minutes: 10 });
    expect(splitMinutes(239.97)).toEqual({ hours: 3, minutes: 59 });
  });
});
