import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput } from "@/components/service/form/zoned-time";

describe("datetime-local values in the app's time zone", () => {
  it("places a wall-clock time in the zone and reads it back", () => {
    expect(fromLocalInput("2015-03-02T09:00", "Europe/Istanbul")).toBe("2015-03-02T07:00:00.000Z");
    expect(toLocalInput("2015-03-02T07:00:00.000Z", "Europe/Istanbul")).toBe("2015-03-02T09:00");
    expect(fromLocalInput("2025-03-02T09:00", "Europe/Istanbul")).toBe("2025-03-02T06:00:00.000Z");
  });

  it("follows daylight saving time", () => {
    expect(fromLocalInput("2025-07-01T09:00", "Europe/Bucharest")).toBe("2025-07-01T06:00:00.000Z");
    expect(fromLocalInput("2025-01-15T09:00", "Europe/Bucharest")).toBe("2025-01-15T07:00:00.000Z");
    expect(toLocalInput("2025-07-01T06:00:00.000Z", "Europe/Bucharest")).toBe("2025-07-01T09:00");
  });

  it("keeps empty values empty", () => {
    expect(fromLocalInput("", "UTC")).toBe("");
    expect(toLocalInput(null, "UTC")).toBe("");
  });
});
