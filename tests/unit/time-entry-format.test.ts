import { describe, expect, it } from "vitest";
import { fromWallTime, toWallTime } from "@/components/service/timer/wall-time";
import { formatClock, formatDuration, secondsBetween } from "@/lib/time-entries/format";

describe("durations", () => {
  it("read as hh:mm:ss on totals and mm:ss on a ticking clock in its first hour", () => {
    expect(formatDuration(0)).toBe("00:00:00");
    expect(formatDuration(725)).toBe("00:12:05");
    expect(formatDuration(100 * 3600 + 61)).toBe("100:01:01");
    expect(formatClock(59)).toBe("00:59");
    expect(formatClock(3600 + 5)).toBe("1:00:05");
    expect(formatDuration(-5)).toBe("00:00:00");
  });

  it("count whole seconds between instants", () => {
    expect(secondsBetween("2026-03-02T09:00:00.000Z", "2026-03-02T09:12:05.999Z")).toBe(725);
  });
});

describe("datetime-local values in the app's time zone", () => {
  it("round-trip to the second, whatever the browser's zone", () => {
    const iso = "2026-03-02T06:15:07.000Z";
    expect(toWallTime(iso, "Europe/Istanbul")).toBe("2026-03-02T09:15:07");
    expect(fromWallTime("2026-03-02T09:15:07", "Europe/Istanbul")).toBe(iso);
    expect(fromWallTime("2026-03-02T09:15", "Europe/Istanbul")).toBe("2026-03-02T06:15:00.000Z");
  });

  it("follow daylight saving time (Bucharest, both sides of the March change)", () => {
    expect(fromWallTime("2026-03-28T12:00:00", "Europe/Bucharest")).toBe("2026-03-28T10:00:00.000Z");
    expect(fromWallTime("2026-03-30T12:00:00", "Europe/Bucharest")).toBe("2026-03-30T09:00:00.000Z");
    expect(toWallTime("2026-03-30T09:00:00.000Z", "Europe/Bucharest")).toBe("2026-03-30T12:00:00");
  });

  it("give nothing for an empty or malformed value", () => {
    expect(fromWallTime("", "Europe/Istanbul")).toBe("");
    expect(fromWallTime("yesterday", "Europe/Istanbul")).toBe("");
  });
});
