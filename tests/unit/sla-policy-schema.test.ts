import { describe, expect, it } from "vitest";
import { slaPolicySchema } from "@/lib/sla/schemas";

// The policy editor's schema (issue 11 item 5): hours and minutes in, business minutes out; the
// form parses on the client and hands the result to the verb, which parses it again.

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const input = {
  contractId: id(1),
  calendarId: id(2),
  targets: [
    { priorityId: id(3), firstResponse: { hours: "1", minutes: "30" }, resolution: { hours: "4", minutes: "" } },
    { priorityId: id(4), firstResponse: { hours: "", minutes: "" }, resolution: { hours: "", minutes: "" } },
  ],
  pauseStatuses: ["waiting_for_customer"],
  warnPercent: "",
  escalations: [{ offsetMinutes: "-30", action: "notify_person", userId: id(5), priorityId: "" }],
};

describe("SLA policy schema", () => {
  it("turns hours and minutes into business minutes, drops priorities without targets, defaults the warning to 80 %", () => {
    const parsed = slaPolicySchema.parse(input);
    expect(parsed.targets).toEqual({ [id(3)]: { firstResponse: 90, resolution: 240 } });
    expect(parsed.warnPercent).toBe(80);
    expect(parsed.escalations).toEqual([{ offsetMinutes: -30, action: "notify_person", userId: id(5), priorityId: null }]);
  });

  it("parses its own output to the same value (what the verb receives from the form)", () => {
    const once = slaPolicySchema.parse(input);
    expect(slaPolicySchema.parse(once)).toEqual(once);
  });

  it("refuses what is no duration, and escalations missing their person or priority", () => {
    const bad = (patch: object) => slaPolicySchema.safeParse({ ...input, ...patch }).success;
    expect(bad({ targets: [{ priorityId: id(3), firstResponse: { hours: "1.5", minutes: "" }, resolution: { hours: "", minutes: "" } }] })).toBe(
      false,
    );
    expect(bad({ targets: [{ priorityId: id(3), firstResponse: { hours: "0", minutes: "0" }, resolution: { hours: "", minutes: "" } }] })).toBe(
      false,
    );
    expect(bad({ targets: [{ priorityId: id(3), firstResponse: { hours: "1", minutes: "60" }, resolution: { hours: "", minutes: "" } }] })).toBe(
      false,
    );
    expect(bad({ escalations: [{ offsetMinutes: "10", action: "raise_priority", userId: "", priorityId: "" }] })).toBe(false);
    expect(bad({ escalations: [{ offsetMinutes: "", action: "notify_manager" }] })).toBe(false);
    expect(bad({ pauseStatuses: ["sleeping"] })).toBe(false);
  });
});
