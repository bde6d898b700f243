import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { CONTRACT_STATES } from "@/db/schema/enum-values";
import { type ContractDates, contractMilestones, deriveContractState } from "@/lib/contracts/state";
import { successorTerm } from "@/lib/contracts/successor-term";

/**
 * Issue 11 item 4 (SPEC K1): a contract's state from its dates, on the org's calendar. Each
 * boundary is checked the minute before, on and after, in Istanbul (+03 all year) and Bucharest
 * (+02, +03 from 28 March 2027).
 */

const contract: ContractDates = {
  start: "2026-04-01",
  end: "2027-03-31",
  notifyBeforeDays: 7,
  notifyAfterDays: 3,
  noticeDays: 30,
  terminatedAt: null,
  renewedIntoId: null,
};

/** A wall time in the zone, through the library (no offsets written by hand). */
const local = (zone: string, y: number, m: number, d: number, h = 0, min = 0) => new Date(new TZDate(y, m - 1, d, h, min, zone).getTime());

describe.each(["Europe/Istanbul", "Europe/Bucharest"])("state at each boundary in %s", (zone) => {
  const state = (at: Date, overrides: Partial<ContractDates> = {}) => deriveContractState({ ...contract, ...overrides }, at, zone);

  it("draft before the first day, active from its first minute", () => {
    expect(state(local(zone, 2026, 3, 31, 23, 59))).toBe("draft");
    expect(state(local(zone, 2026, 4, 1))).toBe("active");
    expect(state(local(zone, 2026, 4, 2))).toBe("active");
    expect(state(local(zone, 2026, 6, 1), { start: null })).toBe("draft");
  });

  it("expiring soon from the notify-before day (7 days before the end) to the last day", () => {
    expect(state(local(zone, 2027, 3, 23, 23, 59))).toBe("active");
    expect(state(local(zone, 2027, 3, 24))).toBe("expiring_soon");
    expect(state(local(zone, 2027, 3, 25))).toBe("expiring_soon");
    expect(state(local(zone, 2027, 3, 31, 23, 59))).toBe("expiring_soon");
  });

  it("expired from the day after the end, also after the notify-after day", () => {
    expect(state(local(zone, 2027, 4, 1))).toBe("expired");
    expect(state(local(zone, 2027, 4, 3))).toBe("expired");
    expect(state(local(zone, 2027, 4, 4))).toBe("expired");
  });

  it("without notify-before it is active to the end; without an end it never expires", () => {
    expect(state(local(zone, 2027, 3, 31, 12), { notifyBeforeDays: null })).toBe("active");
    expect(state(local(zone, 2040, 1, 1), { end: null })).toBe("active");
  });

  it("terminated once the termination takes effect, not when it is only given", () => {
    const effective = local(zone, 2026, 12, 31, 18);
    expect(state(local(zone, 2026, 12, 31, 17, 59), { terminatedAt: effective })).toBe("active");
    expect(state(effective, { terminatedAt: effective })).toBe("terminated");
    expect(state(local(zone, 2027, 6, 1), { terminatedAt: effective })).toBe("terminated");
  });

  it("renewed once a successor exists, whatever its dates say", () => {
    expect(state(local(zone, 2027, 3, 31, 12), { renewedIntoId: "successor" })).toBe("renewed");
    expect(state(local(zone, 2027, 5, 1), { renewedIntoId: "successor" })).toBe("renewed");
  });

  it("the issue's example: ending in 5 days with notify-before 7 is expiring soon", () => {
    expect(state(local(zone, 2027, 3, 26, 10))).toBe("expiring_soon");
  });

  it("dates every milestone at the start of its day in the zone", () => {
    const milestones = contractMilestones(contract, zone);
    expect(milestones.notifyBefore).toEqual({ date: "2027-03-24", at: local(zone, 2027, 3, 24) });
    expect(milestones.noticeDeadline).toEqual({ date: "2027-03-01", at: local(zone, 2027, 3, 1) });
    expect(milestones.end).toEqual({ date: "2027-03-31", at: local(zone, 2027, 3, 31) });
    expect(milestones.expires).toEqual({ date: "2027-04-01", at: local(zone, 2027, 4, 1) });
    expect(milestones.notifyAfter).toEqual({ date: "2027-04-03", at: local(zone, 2027, 4, 3) });
  });
});

describe("zones matter", () => {
  it("the same instant is past a January end in Istanbul and not yet in Bucharest", () => {
    const january = { ...contract, end: "2027-01-31" };
    const instant = new Date("2027-01-31T21:30:00Z"); // 00:30 on 1 Feb in Istanbul, 23:30 on 31 Jan in Bucharest
    expect(deriveContractState(january, instant, "Europe/Istanbul")).toBe("expired");
    expect(deriveContractState(january, instant, "Europe/Bucharest")).toBe("expiring_soon");
  });

  it("Bucharest's milestones follow its offset: +02 before 28 March 2027, +03 after", () => {
    const milestones = contractMilestones(contract, "Europe/Bucharest");
    expect(milestones.notifyBefore?.at.toISOString()).toBe("2027-03-23T22:00:00.000Z");
    expect(milestones.expires?.at.toISOString()).toBe("2027-03-31T21:00:00.000Z");
  });

  it("has no milestones without an end, and only those whose days are set", () => {
    expect(contractMilestones({ ...contract, end: null }, "Europe/Istanbul")).toEqual({
      notifyBefore: null,
      noticeDeadline: null,
      end: null,
      expires: null,
      notifyAfter: null,
    });
    expect(contractMilestones({ ...contract, notifyBeforeDays: null, noticeDays: null, notifyAfterDays: null }, "Europe/Istanbul")).toMatchObject({
      notifyBefore: null,
      noticeDeadline: null,
      notifyAfter: null,
    });
  });

  it("derives only the states the enum lists", () => {
    const seen = new Set(
      [
        { ...contract, start: null },
        contract,
        { ...contract, renewedIntoId: "x" },
        { ...contract, terminatedAt: new Date("2026-05-01T00:00:00Z") },
      ].flatMap((c) =>
        [local("UTC", 2026, 6, 1), local("UTC", 2027, 3, 30), local("UTC", 2027, 4, 2)].map((at) => deriveContractState(c, at, "UTC")),
      ),
    );
    expect([...seen].sort()).toEqual([...CONTRACT_STATES].sort());
  });
});

describe("the successor term of an auto-renewal", () => {
  const zones = ["Europe/Istanbul", "Europe/Bucharest"];

  it.each(zones)("starts the day after the end and lasts the renewal period (%s)", (zone) => {
    expect(successorTerm("2027-03-31", 12, zone)).toEqual({ start: "2027-04-01", end: "2028-03-31" });
    expect(successorTerm("2027-12-31", 1, zone)).toEqual({ start: "2028-01-01", end: "2028-01-31" });
    // Across Bucharest's DST changes the days stay whole.
    expect(successorTerm("2027-03-27", 1, zone)).toEqual({ start: "2027-03-28", end: "2027-04-27" });
    expect(successorTerm("2027-10-30", 1, zone)).toEqual({ start: "2027-10-31", end: "2027-11-30" });
  });

  it("ends on the month's last day when the start's day does not exist there", () => {
    expect(successorTerm("2027-01-30", 1, "Europe/Istanbul")).toEqual({ start: "2027-01-31", end: "2027-02-28" });
    expect(successorTerm("2028-01-30", 1, "Europe/Istanbul")).toEqual({ start: "2028-01-31", end: "2028-02-29" });
    expect(successorTerm("2028-02-28", 12, "Europe/Bucharest")).toEqual({ start: "2028-02-29", end: "2029-02-28" });
    // A start whose day exists ends the day before it: 28 Jan – 27 Feb.
    expect(successorTerm("2027-01-27", 1, "Europe/Istanbul")).toEqual({ start: "2027-01-28", end: "2027-02-27" });
  });

  it("chains without gaps or overlaps", () => {
    let end = "2027-01-30";
    for (let i = 0; i < 24; i++) {
      const next = successorTerm(end, 1, "Europe/Bucharest");
      const dayAfter = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(next.start).toBe(dayAfter);
      expect(next.end > next.start).toBe(true);
      end = next.end;
    }
    expect(end).toBe("2029-01-31");
  });

  it("refuses a period that is not a whole number of months", () => {
    expect(() => successorTerm("2027-03-31", 0, "UTC")).toThrow(RangeError);
    expect(() => successorTerm("2027-03-31", 1.5, "UTC")).toThrow(RangeError);
  });
});
