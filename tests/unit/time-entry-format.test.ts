import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput } from "@/components/service/form/zoned-time";
import { formatClock, formatDuration, secondsBetween } from "@/lib/time-entries/format";

describe("durations", () => {
  it("read as h:mm:ss on totals and mm:ss on a ticking clock in its first hour", () => {
    expect(formatDuration(0)).toBe("0:00:00");
    expect(formatDuration(5)).toBe("0:00:05");
    expect(formatDuration(725)).toBe("0:12:05");
    expect(formatDuration(97_209)).toBe("27:00:09");
    expect(formatDuration(100 * 3600 + 61)).toBe("100:01:01");
    expect(formatClock(59)).toBe("00:59");
    expect(formatClock(3600 + 5)).toBe("1:00:05");
    expect(formatDuration(-5)).toBe("0:00:00");
  });

  it("count whole seconds between instants", () => {
    expect(secondsBetween("2026-03-02T09:00:00.000Z", "2026-03-02T09:12:05.999Z")).toBe(725);
  });
});

describe("datetime-local values in the app's time zone", () => {
  it("round-trip to the second, whatever the browser's zone", () => {
    const iso = "2026-03-02T06:15:07.000Z";
    expect(toLocalInput(iso, "Europe/Istanbul", { seconds: true })).toBe("2026-03-02T09:15:07");
    expect(fromLocalInput("2026-03-02T09:15:07", "Europe/Istanbul")).toBe(iso);
    expect(fromLocalInput("2026-03-02T09:15", "Europe/Istanbul")).toBe("2026-03-02T06:15:00.000Z");
  });

  it("follow daylight saving time (Bucharest, both sides of the March change)", () => {
    expect(fromLocalInput("2026-03-28T12:00:00", "Europe/Bucharest")).toBe("2026-03-28T10:00:00.000Z");
    expect(fromLocalInput("2026-03-30T12:00:00", "Europe/Bucharest")).toBe("2026-03-30T09:00:00.000Z");
    expect(toLocalInput("2026-03-30T09:00:00.000Z", "Europe/Bucharest", { seconds: true })).toBe("2026-03-30T12:00:00");
  });

  it("give nothing for an empty or malformed value", () => {
    expect(fromLocalInput("", "Europe/Istanbul")).toBe("");
    expect(fromLocalInput("yesterday", "Europe/Istanbul")).toBe("");
  });
});
