import { describe, expect, it } from "vitest";
import type { BusinessCalendar } from "@/lib/calendars/schemas";
import {
  creationDate,
  creationInstant,
  dueOccurrences,
  occurrencesBetween,
  planCatchUp,
  ruleDates,
  type Occurrence,
  type ScheduleRule,
  upcomingOccurrences,
} from "@/lib/schedules/occurrences";
import { buildRecurrence, rawRruleProblem, readRecurrence, type Recurrence } from "@/lib/schedules/recurrence";

// Issue 12 item 4 (SPEC K3): every rule kind across month ends, 29 February, DST in
// Europe/Bucharest and Turkish and Romanian holidays; the catch-up policies.

const office = () => {
  const day = () => [{ start: "09:00", end: "18:00" }];
  return { mon: day(), tue: day(), wed: day(), thu: day(), fri: day(), sat: [], sun: [] };
};
const calendar = (country: "TR" | "RO", timeZone: string): BusinessCalendar => ({ timeZone, hours: office(), holidays: [], country });
const RO = calendar("RO", "Europe/Bucharest");
const TR = calendar("TR", "Europe/Istanbul");

function rule(recurrence: Recurrence, firstDate: string, extra: Partial<ScheduleRule> = {}): ScheduleRule {
  return { ...buildRecurrence(recurrence), firstDate, untilDate: null, count: null, leadDays: 0, ...extra };
}

const planned = (occurrences: Occurrence[]) => occurrences.map((o) => (o.moved ? `${o.date}→${o.planned}` : o.date));

describe("rule kinds", () => {
  it("weekly on Monday and Thursday, every second week", () => {
    const r = rule({ kind: "weekly", interval: 2, weekdays: ["thu", "mon"] }, "2027-03-01");
    expect(r.rrule).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH");
    expect(ruleDates(r, "2027-03-01", "2027-03-31")).toEqual(["2027-03-01", "2027-03-04", "2027-03-15", "2027-03-18", "2027-03-29"]);
  });

  it("monthly on the 31st falls on each month's last day, 29 February in a leap year", () => {
    const r = rule({ kind: "monthly_day", interval: 1, day: 31 }, "2027-12-31");
    expect(ruleDates(r, "2027-12-01", "2028-05-31")).toEqual(["2027-12-31", "2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30", "2028-05-31"]);
    const thirtieth = rule({ kind: "monthly_day", interval: 1, day: 30 }, "2027-01-30");
    expect(ruleDates(thirtieth, "2027-01-01", "2027-03-31")).toEqual(["2027-01-30", "2027-02-28", "2027-03-30"]);
  });

  it("quarterly on the 15th, from the first date", () => {
    const r = rule({ kind: "monthly_day", interval: 3, day: 15 }, "2027-02-15");
    expect(ruleDates(r, "2027-01-01", "2027-12-31")).toEqual(["2027-02-15", "2027-05-15", "2027-08-15", "2027-11-15"]);
  });

  it("monthly on the first Monday and on the last Friday", () => {
    const first = rule({ kind: "monthly_nth", interval: 1, nth: 1, weekday: "mon" }, "2027-01-01");
    expect(first.rrule).toBe("FREQ=MONTHLY;BYDAY=+1MO");
    expect(ruleDates(first, "2027-01-01", "2027-04-30")).toEqual(["2027-01-04", "2027-02-01", "2027-03-01", "2027-04-05"]);
    const lastFriday = rule({ kind: "monthly_nth", interval: 1, nth: -1, weekday: "fri" }, "2027-01-01");
    expect(ruleDates(lastFriday, "2027-01-01", "2027-03-31")).toEqual(["2027-01-29", "2027-02-26", "2027-03-26"]);
  });

  it("yearly on 29 February: the 28th in common years", () => {
    const r = rule({ kind: "yearly", month: 2, day: 29 }, "2027-01-01");
    expect(ruleDates(r, "2027-01-01", "2029-12-31")).toEqual(["2027-02-28", "2028-02-29", "2029-02-28"]);
  });

  it("the last working day of the month moves back over weekends and Romanian holidays", () => {
    const r = rule({ kind: "last_working_day", interval: 1 }, "2027-01-01");
    // 31 Jan 2027 is a Sunday; 30 Apr (Vinerea Mare) is a holiday; 30 Nov (Sf. Andrei) a Tuesday holiday.
    const got = occurrencesBetween(r, RO, "2027-01-01", "2027-12-31");
    expect(got.find((o) => o.date === "2027-01-31")?.planned).toBe("2027-01-29");
    expect(got.find((o) => o.date === "2027-04-30")?.planned).toBe("2027-04-29");
    expect(got.find((o) => o.date === "2027-11-30")?.planned).toBe("2027-11-29");
    expect(got.find((o) => o.date === "2027-03-31")).toEqual({ date: "2027-03-31", planned: "2027-03-31", moved: false });
  });

  it("a count and an end date end the rule", () => {
    const r = rule({ kind: "monthly_day", interval: 1, day: 10 }, "2027-01-10", { count: 3 });
    expect(upcomingOccurrences(r, null, null, 10).map((o) => o.date)).toEqual(["2027-01-10", "2027-02-10", "2027-03-10"]);
    const until = rule({ kind: "monthly_day", interval: 1, day: 10 }, "2027-01-10", { untilDate: "2027-04-10" });
    expect(upcomingOccurrences(until, null, "2027-02-10", 10).map((o) => o.date)).toEqual(["2027-03-10", "2027-04-10"]);
  });
});

describe("holidays move an occurrence to the next working day", () => {
  it("Romania: New Year (1 and 2 January) and Easter Monday", () => {
    const r = rule({ kind: "monthly_day", interval: 1, day: 1 }, "2027-01-01");
    expect(planned(occurrencesBetween(r, RO, "2027-01-01", "2027-06-30"))).toEqual([
      "2027-01-01→2027-01-04",
      "2027-02-01",
      "2027-03-01",
      "2027-04-01",
      "2027-05-01→2027-05-04", // Saturday Labour Day, Sunday Easter, Monday Easter Monday
      "2027-06-01→2027-06-02", // Children's Day
    ]);
  });

  it("Turkey: 23 April and Kurban Bayramı", () => {
    const weekly = rule({ kind: "weekly", interval: 1, weekdays: ["fri"] }, "2027-04-16");
    expect(planned(occurrencesBetween(weekly, TR, "2027-04-16", "2027-04-30"))).toEqual(["2027-04-16", "2027-04-23→2027-04-26", "2027-04-30"]);
    const monthly = rule({ kind: "monthly_day", interval: 1, day: 17 }, "2027-05-17");
    const [may] = occurrencesBetween(monthly, TR, "2027-05-01", "2027-05-31");
    expect(may!.moved).toBe(true);
    expect(may!.planned > "2027-05-19").toBe(true);
  });

  it("without a calendar nothing moves", () => {
    const r = rule({ kind: "monthly_day", interval: 1, day: 1 }, "2027-01-01");
    expect(occurrencesBetween(r, null, "2027-01-01", "2027-01-31")).toEqual([{ date: "2027-01-01", planned: "2027-01-01", moved: false }]);
  });
});

describe("when a record is due", () => {
  it("seed 002: an occurrence on the 10th with 3 lead days creates the intervention on the 7th", () => {
    const r = rule({ kind: "monthly_day", interval: 1, day: 10 }, "2027-03-10", { leadDays: 3 });
    const [march] = occurrencesBetween(r, RO, "2027-03-01", "2027-03-31");
    expect(creationDate(march!, 3)).toBe("2027-03-07");
    expect(new Date(creationInstant(march!, 3, "Europe/Bucharest")).toISOString()).toBe("2027-03-06T22:00:00.000Z");
    expect(dueOccurrences(r, RO, null, Date.parse("2027-03-06T21:59:59Z"), "Europe/Bucharest")).toEqual([]);
    expect(dueOccurrences(r, RO, null, Date.parse("2027-03-06T22:00:00Z"), "Europe/Bucharest").map((o) => o.date)).toEqual(["2027-03-10"]);
  });

  it("starts of day across DST in Europe/Bucharest", () => {
    const occurrence = (date: string): Occurrence => ({ date, planned: date, moved: false });
    // Summer time starts 28 March 2027 at 03:00 and ends 31 October at 04:00.
    expect(new Date(creationInstant(occurrence("2027-03-28"), 0, "Europe/Bucharest")).toISOString()).toBe("2027-03-27T22:00:00.000Z");
    expect(new Date(creationInstant(occurrence("2027-03-29"), 0, "Europe/Bucharest")).toISOString()).toBe("2027-03-28T21:00:00.000Z");
    expect(new Date(creationInstant(occurrence("2027-10-31"), 0, "Europe/Bucharest")).toISOString()).toBe("2027-10-30T21:00:00.000Z");
    expect(new Date(creationInstant(occurrence("2027-11-01"), 0, "Europe/Bucharest")).toISOString()).toBe("2027-10-31T22:00:00.000Z");
    // The rule's dates themselves do not drift over the change: every Sunday stays a Sunday.
    const r = rule({ kind: "weekly", interval: 1, weekdays: ["sun"] }, "2027-03-21");
    expect(ruleDates(r, "2027-03-21", "2027-04-04")).toEqual(["2027-03-21", "2027-03-28", "2027-04-04"]);
  });

  it("only what is not settled is due, oldest first", () => {
    const r = rule({ kind: "weekly", interval: 1, weekdays: ["mon"] }, "2027-03-01", { leadDays: 1 });
    const at = Date.parse("2027-03-28T12:00:00Z"); // Sunday: Monday the 29th's record is due today
    expect(dueOccurrences(r, null, "2027-03-15", at, "Europe/Bucharest").map((o) => o.date)).toEqual(["2027-03-22", "2027-03-29"]);
  });
});

describe("catch-up after downtime", () => {
  const occ = (date: string): Occurrence => ({ date, planned: date, moved: false });
  // Lead days 3; today is 12 March: the 10th (created on the 7th) is past, the 13th (due the 10th) is late but to come, the 15th on time.
  const due = [occ("2027-03-10"), occ("2027-03-13"), occ("2027-03-15")];
  const dates = (list: Occurrence[]) => list.map((o) => o.date);

  it("create_upcoming (the default): late ones whose date has not passed are created, the past one missed", () => {
    const plan = planCatchUp(due, "create_upcoming", 3, "2027-03-12");
    expect([dates(plan.create), dates(plan.missed), dates(plan.skipped)]).toEqual([["2027-03-13", "2027-03-15"], ["2027-03-10"], []]);
  });
  it("create_all creates every one", () => {
    expect(dates(planCatchUp(due, "create_all", 3, "2027-03-12").create)).toEqual(["2027-03-10", "2027-03-13", "2027-03-15"]);
  });
  it("mark_missed creates only the on-time one", () => {
    const plan = planCatchUp(due, "mark_missed", 3, "2027-03-12");
    expect([dates(plan.create), dates(plan.missed)]).toEqual([["2027-03-15"], ["2027-03-10", "2027-03-13"]]);
  });
  it("latest_only creates the latest late one when none is on time, and skips the rest", () => {
    const late = due.slice(0, 2);
    const plan = planCatchUp(late, "latest_only", 3, "2027-03-12");
    expect([dates(plan.create), dates(plan.skipped)]).toEqual([["2027-03-13"], ["2027-03-10"]]);
    const withOnTime = planCatchUp(due, "latest_only", 3, "2027-03-12");
    expect([dates(withOnTime.create), dates(withOnTime.skipped)]).toEqual([["2027-03-15"], ["2027-03-10", "2027-03-13"]]);
  });
});

describe("the form's choices and raw rules", () => {
  const choices: Recurrence[] = [
    { kind: "weekly", interval: 1, weekdays: ["mon", "thu"] },
    { kind: "monthly_day", interval: 1, day: 10 },
    { kind: "monthly_day", interval: 3, day: 31 },
    { kind: "monthly_nth", interval: 1, nth: 1, weekday: "mon" },
    { kind: "monthly_nth", interval: 1, nth: -1, weekday: "fri" },
    { kind: "last_working_day", interval: 1 },
    { kind: "yearly", month: 2, day: 29 },
  ];
  it.each(choices.map((c) => [c.kind, c] as const))("%s reads back as the same choice", (_kind, choice) => {
    const { rrule, holidayMove } = buildRecurrence(choice);
    expect(readRecurrence(rrule, holidayMove)).toEqual(choice);
  });

  it("a rule the choices cannot say is custom", () => {
    expect(readRecurrence("FREQ=DAILY;INTERVAL=10", "next")).toEqual({ kind: "custom", rrule: "FREQ=DAILY;INTERVAL=10" });
  });

  it("refuses raw rules that are broken, carry their own start or end, or repeat within a day", () => {
    expect(rawRruleProblem("FREQ=MONTHLY;BYDAY=2TU")).toBeNull();
    expect(rawRruleProblem("RRULE:FREQ=WEEKLY;BYDAY=MO,WE")).toBeNull();
    expect(rawRruleProblem("FREQ=SOMETIMES")).toBe("rruleInvalid");
    expect(rawRruleProblem("FREQ=MONTHLY;BYMONTH=13")).toBe("rruleInvalid");
    expect(rawRruleProblem("<script>")).toBe("rruleInvalid");
    expect(rawRruleProblem("FREQ=MONTHLY;COUNT=3")).toBe("rruleParts");
    expect(rawRruleProblem("FREQ=WEEKLY;UNTIL=20270101")).toBe("rruleParts");
    expect(rawRruleProblem("FREQ=HOURLY")).toBe("rruleFrequency");
  });
});
