import { describe, expect, it } from "vitest";
import { type DueContract, dueMilestones } from "@/lib/contracts/due-milestones";

// Issue 11: what the milestone and auto-renew jobs will act on for a given now (they do the
// exactly-once part by a unique key; this only says what is due).

const base: DueContract = {
  id: "c1",
  start: "2027-01-01",
  end: "2027-01-10",
  notifyBeforeDays: 7,
  notifyAfterDays: 3,
  noticeDays: 5,
  terminatedAt: null,
  renewedIntoId: null,
  autoRenew: true,
  renewalMonths: 12,
};
const ZONE = "Europe/Istanbul";
const kinds = (contracts: DueContract[], at: string) => dueMilestones(contracts, new Date(at), ZONE).notifications.map((n) => n.kind);

describe("dueMilestones", () => {
  it("makes each notification due from 00:00 of its day in the org's zone", () => {
    // 3 January 00:00 in Istanbul is 2 January 21:00 UTC.
    expect(kinds([base], "2027-01-02T20:59:00Z")).toEqual([]);
    expect(kinds([base], "2027-01-02T21:00:00Z")).toEqual(["notifyBefore"]);
    expect(kinds([base], "2027-01-04T21:00:00Z")).toEqual(["notifyBefore", "noticeDeadline"]);
    expect(kinds([base], "2027-01-12T21:00:00Z")).toEqual(["notifyBefore", "noticeDeadline", "notifyAfter"]);
  });

  it("makes the renewal due on the end day, only for an auto-renewing contract with a period", () => {
    const at = new Date("2027-01-09T21:00:00Z");
    expect(dueMilestones([base], new Date("2027-01-09T20:59:00Z"), ZONE).renewals).toEqual([]);
    expect(dueMilestones([base], at, ZONE).renewals).toEqual([{ contractId: "c1", kind: "end", date: "2027-01-10", at }]);
    expect(dueMilestones([{ ...base, autoRenew: false }], at, ZONE).renewals).toEqual([]);
    expect(dueMilestones([{ ...base, renewalMonths: null }], at, ZONE).renewals).toEqual([]);
  });

  it("asks nothing of a terminated, renewed, draft or open-ended contract", () => {
    const at = new Date("2027-02-01T00:00:00Z");
    const quiet: DueContract[] = [
      { ...base, id: "t", terminatedAt: new Date("2027-01-05T00:00:00Z") },
      { ...base, id: "r", renewedIntoId: "c2" },
      { ...base, id: "d", start: null, end: null },
      { ...base, id: "o", end: null },
    ];
    expect(dueMilestones(quiet, at, ZONE)).toEqual({ notifications: [], renewals: [] });
  });
});
