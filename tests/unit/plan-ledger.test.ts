import { describe, expect, it } from "vitest";
import {
  closingMovements,
  type LedgerLine,
  nthPeriod,
  periodOf,
  periodTotals,
  placeChange,
  type PlanTerms,
  roundVisit,
  visitsOf,
  weeklyCheck,
  weeklyUsage,
} from "@/lib/plans/ledger";

// Issue 12 item 2: the arithmetic of a plan's hours ledger (lib/plans/ledger.ts). Figures in
// minutes; the e2e and the plan page show them as hours.

const ZONE = "Europe/Istanbul";
const terms: PlanTerms = {
  billingMethod: "prepaid_hours",
  billingPeriod: "monthly",
  firstPeriodStart: "2027-01-01",
  includedMinutes: 600,
  roundingMinutes: 15,
  minimumMinutes: 0,
  carryForward: false,
  carryCapMinutes: null,
  carryExpiryPeriods: null,
  overtimeBehaviour: "bill_overtime",
  weeklyMaxMinutes: null,
  fixedAmount: null,
  hourlyRate: "100.00",
  overtimeRate: "150.00",
};

function line(kind: LedgerLine["kind"], minutes: number, extra: Partial<LedgerLine> = {}): LedgerLine {
  return { kind, minutes, amount: null, recordId: null, technicianId: null, workDate: null, ...extra };
}

const entry = (id: string, recordId: string, userId: string, start: string, stop: string) => ({
  id,
  recordId,
  userId,
  startedAt: new Date(start),
  stoppedAt: new Date(stop),
});

describe("periods", () => {
  it("follow the billing period from the first start, without drifting after a short month", () => {
    const t = { billingPeriod: "monthly" as const, firstPeriodStart: "2027-01-31" };
    expect(nthPeriod(t, 0)).toEqual({ start: "2027-01-31", end: "2027-02-27" });
    expect(nthPeriod(t, 1)).toEqual({ start: "2027-02-28", end: "2027-03-30" });
    expect(nthPeriod(t, 2)).toEqual({ start: "2027-03-31", end: "2027-04-29" });
    expect(periodOf(t, "2027-03-30")).toEqual({ start: "2027-02-28", end: "2027-03-30" });
  });

  it("quarterly and yearly; nothing before the first period", () => {
    expect(periodOf({ billingPeriod: "quarterly", firstPeriodStart: "2027-02-01" }, "2027-06-15")).toEqual({
      start: "2027-05-01",
      end: "2027-07-31",
    });
    expect(periodOf({ billingPeriod: "yearly", firstPeriodStart: "2028-02-29" }, "2029-02-28")).toEqual({ start: "2029-02-28", end: "2030-02-27" });
    expect(periodOf(terms, "2026-12-31")).toBeNull();
  });
});

describe("rounding and minimum per visit", () => {
  it("rounds each visit up to the increment: 1 h 07 → 1 h 15, 2 h 20 → 2 h 30 (3 h 45 of 10 h, 6 h 15 left)", () => {
    expect(roundVisit(67, terms)).toBe(75);
    expect(roundVisit(140, terms)).toBe(150);
    expect(roundVisit(60, terms)).toBe(60);
    const totals = periodTotals([line("grant", 600), line("consumption", -75), line("consumption", -150)], terms);
    expect(totals).toMatchObject({ included: 600, used: 225, remaining: 375, overageMinutes: 0 });
  });

  it("a short visit counts at least the minimum; no time is no visit", () => {
    const t = { roundingMinutes: 15, minimumMinutes: 60 };
    expect(roundVisit(10, t)).toBe(60);
    expect(roundVisit(61, t)).toBe(75);
    expect(roundVisit(0, t)).toBe(0);
    expect(roundVisit(7, { roundingMinutes: 0, minimumMinutes: 0 })).toBe(7);
  });

  it("a visit is one technician's day on one record: runs of a day sum before rounding, seconds round up to a minute", () => {
    const visits = visitsOf(
      [
        entry("e1", "r1", "u1", "2027-01-05T07:00:00Z", "2027-01-05T07:40:00Z"),
        entry("e2", "r1", "u1", "2027-01-05T09:00:00Z", "2027-01-05T09:27:01Z"),
        entry("e3", "r1", "u2", "2027-01-05T07:00:00Z", "2027-01-05T07:10:00Z"),
        // 23:30 in Istanbul on the 5th is the 6th there: another day, another visit.
        entry("e4", "r1", "u1", "2027-01-05T21:30:00Z", "2027-01-05T21:45:00Z"),
      ],
      ZONE,
    );
    const byKey = Object.fromEntries(visits.map((v) => [`${v.technicianId}@${v.workDate}`, v.rawMinutes]));
    expect(byKey).toEqual({ "u1@2027-01-05": 68, "u2@2027-01-05": 10, "u1@2027-01-06": 15 });
  });
});

describe("overtime behaviours", () => {
  const rows = [line("grant", 600), line("consumption", -660)];
  it("bill at the overtime rate", () => {
    expect(periodTotals(rows, terms)).toMatchObject({ remaining: 0, overageMinutes: 60, overageCost: 150, needsOverride: false });
  });
  it("allow without charge", () => {
    expect(periodTotals(rows, { ...terms, overtimeBehaviour: "allow_free" })).toMatchObject({ overageMinutes: 60, overageCost: 0 });
  });
  it("warn and require a Manage override until the overage is billed", () => {
    const t = { ...terms, overtimeBehaviour: "require_override" as const };
    expect(periodTotals(rows, t)).toMatchObject({ overageMinutes: 60, overageCost: 150, needsOverride: true });
    expect(periodTotals([...rows, line("overage", 60, { amount: "150.00" })], t)).toMatchObject({
      overageMinutes: 60,
      overageCost: 150,
      needsOverride: false,
      remaining: 0,
    });
  });
  it("the hourly rate when there is no overtime rate", () => {
    expect(periodTotals(rows, { ...terms, overtimeRate: null })).toMatchObject({ overageCost: 100 });
  });
});

describe("carry-forward", () => {
  const history = (periods: LedgerLine[][]) => periods.map((rows, i) => ({ start: `p${i}`, rows }));

  it("off: unused minutes expire at the close", () => {
    expect(closingMovements(terms, history([[line("grant", 600), line("consumption", -100)]]))).toMatchObject({
      expiredMinutes: 500,
      carriedMinutes: 0,
      overageMinutes: 0,
    });
  });

  it("on: unused minutes are carried, up to the cap", () => {
    const on = { ...terms, carryForward: true };
    expect(closingMovements(on, history([[line("grant", 600), line("consumption", -100)]]))).toMatchObject({
      expiredMinutes: 0,
      carriedMinutes: 500,
    });
    expect(closingMovements({ ...on, carryCapMinutes: 120 }, history([[line("grant", 600), line("consumption", -100)]]))).toMatchObject({
      expiredMinutes: 380,
      carriedMinutes: 120,
    });
  });

  it("carried minutes are used first and expire after N periods", () => {
    const on = { ...terms, carryForward: true, carryExpiryPeriods: 1 };
    // Period 0 leaves 200, carried into period 1; period 1 uses 300 — the 200 carried first, then 100 of its own.
    const p0 = [line("grant", 600), line("consumption", -400)];
    const p1 = [line("carry_in", 200), line("grant", 600), line("consumption", -300)];
    expect(closingMovements(on, history([p0, p1]))).toMatchObject({ expiredMinutes: 0, carriedMinutes: 500 });
    // Period 1 uses only 100: 100 of the carried 200 are left, carried once already → they expire.
    const p1b = [line("carry_in", 200), line("grant", 600), line("consumption", -100)];
    expect(closingMovements(on, history([p0, p1b]))).toMatchObject({ expiredMinutes: 100, carriedMinutes: 600 });
    // Never expiring: all of it carries on.
    expect(closingMovements({ ...on, carryExpiryPeriods: null }, history([p0, p1b]))).toMatchObject({ expiredMinutes: 0, carriedMinutes: 700 });
  });

  it("an overdrawn period carries nothing and bills its overage", () => {
    const on = { ...terms, carryForward: true };
    expect(closingMovements(on, history([[line("grant", 600), line("consumption", -700)]]))).toMatchObject({
      expiredMinutes: 0,
      carriedMinutes: 0,
      overageMinutes: 100,
      overageCost: 250,
    });
  });

  it("the period totals show carried-in and expired minutes from their rows", () => {
    expect(periodTotals([line("carry_in", 120), line("grant", 600), line("consumption", -90), line("expiry", -630)], terms)).toMatchObject({
      included: 600,
      carriedIn: 120,
      used: 90,
      expired: 630,
      remaining: 0,
    });
  });
});

describe("weekly maximum", () => {
  it("counts the ISO week across a period boundary", () => {
    // Mon 29 Mar – Sun 4 Apr 2027 is one week; March's and April's periods both hold days of it.
    const lines = [
      line("consumption", -240, { workDate: "2027-03-30" }),
      line("consumption", -180, { workDate: "2027-04-01" }),
      line("consumption", -60, { workDate: "2027-04-05" }),
    ];
    expect(periodOf(terms, "2027-03-30")!.start).not.toBe(periodOf(terms, "2027-04-01")!.start);
    const weeks = weeklyUsage(lines);
    expect(weeks.get("2027-03-29")).toBe(420);
    const capped = { weeklyMaxMinutes: 480 };
    expect(weeklyCheck(capped, weeks, "2027-04-03", 60)).toEqual({ week: "2027-03-29", used: 420, max: 480, exceeds: false });
    expect(weeklyCheck(capped, weeks, "2027-04-03", 61)).toMatchObject({ exceeds: true });
    expect(weeklyCheck(capped, weeks, "2027-04-05", 400)).toMatchObject({ used: 60, exceeds: false });
    expect(weeklyCheck({ weeklyMaxMinutes: null }, weeks, "2027-04-03", 10_000)).toMatchObject({ exceeds: false });
  });
});

describe("back-dated work and closed periods", () => {
  it("back-dated work lands in its own period while it is open", () => {
    expect(placeChange(terms, "2027-01-20", "2027-03-05", new Set())).toEqual({ periodStart: "2027-01-01", kind: "consumption" });
  });
  it("a correction of a closed period's work becomes an adjustment in today's open period", () => {
    expect(placeChange(terms, "2027-01-20", "2027-03-05", new Set(["2027-01-01"]))).toEqual({ periodStart: "2027-03-01", kind: "adjustment" });
  });
  it("if today's period was closed early, the next open one", () => {
    expect(placeChange(terms, "2027-01-20", "2027-03-05", new Set(["2027-01-01", "2027-03-01"]))).toEqual({
      periodStart: "2027-04-01",
      kind: "adjustment",
    });
  });
  it("work before the plan's first period draws on nothing", () => {
    expect(placeChange(terms, "2026-12-31", "2027-03-05", new Set())).toBeNull();
  });
  it("an adjustment that uses more counts against the open period's balance", () => {
    expect(periodTotals([line("grant", 600), line("adjustment", -45, { recordId: "r1", workDate: "2027-01-20" })], terms)).toMatchObject({
      adjusted: -45,
      remaining: 555,
    });
  });
});

describe("the plan form's schema", () => {
  it("takes hours as typed and gives minutes; its own output parses to the same (the verb parses what the form sends)", async () => {
    const { planFieldsSchema } = await import("@/lib/plans/schemas");
    const typed = {
      customerId: "5b0d3c1e-4a3f-4d6b-9a51-2f3f3c0f1a11",
      title: "P",
      billingMethod: "prepaid_hours",
      billingPeriod: "monthly",
      firstPeriodStart: "2027-01-01",
      includedMinutes: "7:30",
      weeklyMaxMinutes: "7,5",
      carryCapMinutes: "",
      overtimeBehaviour: "allow_free",
      roundingMinutes: "15",
      minimumMinutes: "",
      hourlyRate: "1.250,50",
    };
    const once = planFieldsSchema.parse(typed);
    expect(once).toMatchObject({
      includedMinutes: 450,
      weeklyMaxMinutes: 450,
      carryCapMinutes: null,
      roundingMinutes: 15,
      minimumMinutes: 0,
      hourlyRate: "1250.50",
    });
    expect(planFieldsSchema.parse(once)).toEqual(once);
    expect(planFieldsSchema.safeParse({ ...typed, includedMinutes: "ten" }).success).toBe(false);
  });
});
