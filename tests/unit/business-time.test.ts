import { describe, expect, it } from "vitest";
import { isWorkingDay } from "@/lib/calendars/calendar";
import { addBusinessMinutes, businessMinutesBetween } from "@/lib/calendars/business-time";
import { parseCivilDate } from "@/lib/calendars/civil-date";
import { publicHolidaysIn } from "@/lib/calendars/public-holidays";
import { type BusinessCalendar, type BusinessCalendarInput, businessCalendarSchema, WEEKDAYS } from "@/lib/calendars/schemas";
import { NoWorkingTimeError } from "@/lib/errors";

/**
 * Issue 11 item 3: business-time arithmetic. Expected instants are written with the offset the
 * zone has on that day, so each test states the wall time a user would read.
 */

const NINE_TO_SIX = [{ start: "09:00", end: "18:00" }];
const WITH_LUNCH = [
  { start: "09:00", end: "12:30" },
  { start: "13:30", end: "18:00" },
];

function calendar(overrides: Partial<BusinessCalendarInput> = {}, day = NINE_TO_SIX): BusinessCalendar {
  return businessCalendarSchema.parse({
    timeZone: "Europe/Istanbul",
    hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
    holidays: [],
    country: null,
    ...overrides,
  });
}

function everyDay(timeZone: string, day: { start: string; end: string }[]) {
  return businessCalendarSchema.parse({ timeZone, hours: Object.fromEntries(WEEKDAYS.map((d) => [d, day])), holidays: [], country: null });
}

const at = (iso: string) => new Date(iso);
const plus = (cal: BusinessCalendar, from: string, minutes: number) => addBusinessMinutes(cal, at(from), minutes).toISOString();

describe("adding business minutes on a Monday–Friday 09:00–18:00 calendar", () => {
  const cal = calendar();

  it("carries Friday afternoon over the weekend: Friday 16:00 + 4 h is Monday 11:00", () => {
    expect(plus(cal, "2027-01-08T16:00:00+03:00", 240)).toBe(at("2027-01-11T11:00:00+03:00").toISOString());
    expect(businessMinutesBetween(cal, at("2027-01-08T16:00:00+03:00"), at("2027-01-11T11:00:00+03:00"))).toBe(240);
  });

  it("counts from the next working minute when starting before, after or between working hours", () => {
    expect(plus(cal, "2027-01-11T07:00:00+03:00", 60)).toBe(at("2027-01-11T10:00:00+03:00").toISOString());
    expect(plus(cal, "2027-01-11T19:00:00+03:00", 60)).toBe(at("2027-01-12T10:00:00+03:00").toISOString());
    expect(plus(cal, "2027-01-09T10:00:00+03:00", 60)).toBe(at("2027-01-11T10:00:00+03:00").toISOString());
  });

  it("ends a sum at the close of the day rather than the next morning", () => {
    expect(plus(cal, "2027-01-11T16:00:00+03:00", 120)).toBe(at("2027-01-11T18:00:00+03:00").toISOString());
  });

  it("returns the start unchanged for zero minutes and refuses negative ones", () => {
    expect(plus(cal, "2027-01-09T10:00:00+03:00", 0)).toBe(at("2027-01-09T10:00:00+03:00").toISOString());
    expect(() => addBusinessMinutes(cal, at("2027-01-09T10:00:00+03:00"), -1)).toThrow(RangeError);
  });

  it("measures between instants, negative backwards and zero without working time", () => {
    const mon9 = at("2027-01-11T09:00:00+03:00");
    const tue12 = at("2027-01-12T12:00:00+03:00");
    expect(businessMinutesBetween(cal, mon9, tue12)).toBe(540 + 180);
    expect(businessMinutesBetween(cal, tue12, mon9)).toBe(-(540 + 180));
    expect(businessMinutesBetween(cal, at("2027-01-09T09:00:00+03:00"), at("2027-01-10T20:00:00+03:00"))).toBe(0);
    expect(businessMinutesBetween(cal, mon9, mon9)).toBe(0);
  });
});

describe("days with several segments (a lunch break)", () => {
  const cal = calendar({}, WITH_LUNCH);

  it("skips the break when adding", () => {
    expect(plus(cal, "2027-01-11T11:00:00+03:00", 120)).toBe(at("2027-01-11T14:00:00+03:00").toISOString());
    // Starting inside the break counts from 13:30.
    expect(plus(cal, "2027-01-11T12:45:00+03:00", 30)).toBe(at("2027-01-11T14:00:00+03:00").toISOString());
    // 210 min fill the morning exactly: the sum ends at 12:30, not 13:30.
    expect(plus(cal, "2027-01-11T09:00:00+03:00", 210)).toBe(at("2027-01-11T12:30:00+03:00").toISOString());
  });

  it("leaves the break out when measuring", () => {
    expect(businessMinutesBetween(cal, at("2027-01-11T12:00:00+03:00"), at("2027-01-11T14:00:00+03:00"))).toBe(60);
    expect(businessMinutesBetween(cal, at("2027-01-11T00:00:00+03:00"), at("2027-01-12T00:00:00+03:00"))).toBe(480);
  });
});

describe("holidays of the org's own", () => {
  it("skips a one-off holiday", () => {
    const cal = calendar({ holidays: [{ kind: "once", date: "2027-01-11", name: "Inventory" }] });
    expect(plus(cal, "2027-01-08T16:00:00+03:00", 240)).toBe(at("2027-01-12T11:00:00+03:00").toISOString());
    // Only that year: the same day a year later is a working day.
    expect(isWorkingDay(cal, parseCivilDate("2028-01-11"))).toBe(true);
  });

  it("skips a yearly holiday every year", () => {
    const cal = calendar({ holidays: [{ kind: "yearly", date: "01-11", name: "Founders' day" }] });
    expect(plus(cal, "2027-01-08T16:00:00+03:00", 240)).toBe(at("2027-01-12T11:00:00+03:00").toISOString());
    expect(isWorkingDay(cal, parseCivilDate("2028-01-11"))).toBe(false);
    expect(businessMinutesBetween(cal, at("2028-01-10T09:00:00+03:00"), at("2028-01-13T09:00:00+03:00"))).toBe(2 * 540);
  });

  it("works a half day until the set time", () => {
    const cal = calendar({ holidays: [{ kind: "once", date: "2027-12-31", until: "13:00" }] });
    expect(businessMinutesBetween(cal, at("2027-12-31T00:00:00+03:00"), at("2028-01-01T00:00:00+03:00"))).toBe(240);
    // Friday 10:00 + 4 h: three hours to 13:00, the fourth on Monday.
    expect(plus(cal, "2027-12-31T10:00:00+03:00", 240)).toBe(at("2028-01-03T10:00:00+03:00").toISOString());
  });
});

describe("time zones", () => {
  it("keeps Istanbul's fixed +03 in summer and winter", () => {
    const cal = calendar();
    expect(plus(cal, "2027-01-11T09:00:00Z", 0)).toBe("2027-01-11T09:00:00.000Z");
    expect(addBusinessMinutes(cal, at("2027-01-11T05:00:00Z"), 60).toISOString()).toBe("2027-01-11T07:00:00.000Z");
    expect(addBusinessMinutes(cal, at("2027-07-05T05:00:00Z"), 60).toISOString()).toBe("2027-07-05T07:00:00.000Z");
  });

  describe("Bucharest across daylight saving time", () => {
    const weekdays = calendar({ timeZone: "Europe/Bucharest" });
    const sevenDays = everyDay("Europe/Bucharest", NINE_TO_SIX);
    const allDay = everyDay("Europe/Bucharest", [{ start: "00:00", end: "24:00" }]);

    it("spring forward (28 March 2027): Friday 16:00 + 4 h is Monday 11:00 summer time", () => {
      expect(plus(weekdays, "2027-03-26T16:00:00+02:00", 240)).toBe(at("2027-03-29T11:00:00+03:00").toISOString());
      expect(businessMinutesBetween(weekdays, at("2027-03-26T16:00:00+02:00"), at("2027-03-29T11:00:00+03:00"))).toBe(240);
    });

    it("fall back (31 October 2027): Friday 16:00 + 4 h is Monday 11:00 winter time", () => {
      expect(plus(weekdays, "2027-10-29T16:00:00+03:00", 240)).toBe(at("2027-11-01T11:00:00+02:00").toISOString());
    });

    it("a 09:00–18:00 day is 9 h on both change days", () => {
      expect(businessMinutesBetween(sevenDays, at("2027-03-28T00:00:00+02:00"), at("2027-03-29T00:00:00+03:00"))).toBe(540);
      expect(businessMinutesBetween(sevenDays, at("2027-10-31T00:00:00+03:00"), at("2027-11-01T00:00:00+02:00"))).toBe(540);
      expect(plus(sevenDays, "2027-03-28T08:00:00+02:00", 60)).toBe(at("2027-03-28T10:00:00+03:00").toISOString());
    });

    it("a round-the-clock calendar counts the real hours: 23 h in spring, 25 h in autumn", () => {
      expect(businessMinutesBetween(allDay, at("2027-03-28T00:00:00+02:00"), at("2027-03-29T00:00:00+03:00"))).toBe(23 * 60);
      expect(businessMinutesBetween(allDay, at("2027-10-31T00:00:00+03:00"), at("2027-11-01T00:00:00+02:00"))).toBe(25 * 60);
    });
  });
});

describe("deadlines across months and years", () => {
  it("crosses a month end", () => {
    // Friday 29 January 2027 17:00 + 3 working days (27 h): 1 h Friday, Mon 1, Tue 2 Feb, 8 h Wed 3 Feb.
    expect(plus(calendar(), "2027-01-29T17:00:00+03:00", 27 * 60)).toBe(at("2027-02-03T17:00:00+03:00").toISOString());
  });

  it("crosses New Year with Romanian holidays", () => {
    const cal = calendar({ timeZone: "Europe/Bucharest", country: "RO" });
    // Thu 30 Dec 17:00 + 20 h: 1 h Thu, 9 h Fri 31 Dec, 9 h Mon 3 Jan, 1 h Tue 4 Jan (1–2 Jan are a weekend).
    expect(plus(cal, "2027-12-30T17:00:00+02:00", 20 * 60)).toBe(at("2028-01-04T10:00:00+02:00").toISOString());
    // 6 and 7 January 2028 (Thu, Fri: Epiphany, St John) are off: Wed 5 Jan 17:00 + 2 h is Monday 10:00.
    expect(plus(cal, "2028-01-05T17:00:00+02:00", 120)).toBe(at("2028-01-10T10:00:00+02:00").toISOString());
  });
});

describe("preloaded public holidays (date-holidays, type public only)", () => {
  const tr = calendar({ country: "TR" });
  const ro = calendar({ timeZone: "Europe/Bucharest", country: "RO" });
  const working = (cal: BusinessCalendar, date: string) => isWorkingDay(cal, parseCivilDate(date));

  it("Turkey 2027: Republic Day and the Ramazan and Kurban Bayramı days are off; arife and the day after are not", () => {
    expect(working(tr, "2027-10-29")).toBe(false);
    for (const day of ["2027-03-09", "2027-03-10", "2027-03-11", "2027-05-17", "2027-05-18", "2027-05-19"]) expect(working(tr, day), day).toBe(false);
    // Arife (Mon 8 Mar) and Fri 12 Mar, which the library's span grazes, stay working days.
    for (const day of ["2027-03-08", "2027-03-12", "2027-05-20", "2027-10-28"]) expect(working(tr, day), day).toBe(true);
    // Thursday 28 Oct 17:00 + 2 h jumps the Friday holiday and the weekend.
    expect(plus(tr, "2027-10-28T17:00:00+03:00", 120)).toBe(at("2027-11-01T10:00:00+03:00").toISOString());
  });

  it("lists Turkey's 2027 days off by date, each bayram day once", () => {
    const dates = publicHolidaysIn("TR", 2027, "Europe/Istanbul").map((h) => h.date);
    expect(dates).toEqual([
      "2027-01-01",
      "2027-03-09",
      "2027-03-10",
      "2027-03-11",
      "2027-04-23",
      "2027-05-01",
      "2027-05-16",
      "2027-05-17",
      "2027-05-18",
      "2027-05-19",
      "2027-07-15",
      "2027-08-30",
      "2027-10-29",
    ]);
  });

  it("Romania 2027: 1 December, Good Friday and Orthodox Easter Monday are off; observances are worked", () => {
    for (const day of ["2027-12-01", "2027-05-03", "2027-04-30", "2027-06-21", "2027-01-06", "2027-01-07"]) expect(working(ro, day), day).toBe(false);
    // Ziua Eroilor (Thu 10 Jun) and Ziua Mamei (Mon 8 Mar) are observances, not days off.
    for (const day of ["2027-06-10", "2027-03-08", "2027-05-04"]) expect(working(ro, day), day).toBe(true);
    // Friday 30 Apr is Good Friday and Monday 3 May Easter Monday: Thu 29 Apr 17:00 + 2 h is Tuesday 10:00.
    expect(plus(ro, "2027-04-29T17:00:00+03:00", 120)).toBe(at("2027-05-04T10:00:00+03:00").toISOString());
  });

  it("judges a Turkish holiday by the calendar's own zone", () => {
    // An Istanbul-midnight span starts at 23:00 the evening before in Bucharest: still only 29 October.
    const trInBucharest = calendar({ timeZone: "Europe/Bucharest", country: "TR" });
    expect(working(trInBucharest, "2027-10-28")).toBe(true);
    expect(working(trInBucharest, "2027-10-29")).toBe(false);
  });
});

describe("calendars without working time", () => {
  it("is refused by the schema", () => {
    const result = businessCalendarSchema.safeParse({
      timeZone: "Europe/Istanbul",
      hours: Object.fromEntries(WEEKDAYS.map((d) => [d, []])),
      holidays: [],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["hours", "noWorkingTime"]]);
  });

  it("is refused by the arithmetic with a typed error, never an endless walk", () => {
    const empty = { ...calendar(), hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } };
    expect(() => addBusinessMinutes(empty, at("2027-01-11T09:00:00Z"), 60)).toThrow(NoWorkingTimeError);
    expect(() => businessMinutesBetween(empty, at("2027-01-11T09:00:00Z"), at("2027-01-12T09:00:00Z"))).toThrow(NoWorkingTimeError);
    // Mondays only, and every Monday of 2027–2028 a holiday: more than 400 days without a working minute.
    const mondays = Array.from({ length: 105 }, (_, i) => new Date(Date.UTC(2027, 0, 4 + 7 * i)).toISOString().slice(0, 10));
    const mondaysOff = businessCalendarSchema.parse({
      timeZone: "Europe/Istanbul",
      hours: { mon: NINE_TO_SIX, tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      holidays: mondays.map((date) => ({ kind: "once", date })),
    });
    expect(() => addBusinessMinutes(mondaysOff, at("2027-01-01T09:00:00Z"), 60)).toThrow(NoWorkingTimeError);
  });
});

describe("the calendar schema", () => {
  const hours = (mon: { start: string; end: string }[]) => ({
    timeZone: "Europe/Istanbul",
    hours: { mon, tue: NINE_TO_SIX, wed: [], thu: [], fri: [], sat: [], sun: [] },
    holidays: [],
  });
  const issues = (input: unknown) => businessCalendarSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

  it("accepts sorted segments and a day that runs to 24:00", () => {
    expect(issues(hours([...WITH_LUNCH, { start: "20:00", end: "24:00" }]))).toEqual([]);
  });

  it("refuses overlapping, unsorted, empty and malformed segments next to the field", () => {
    expect(
      issues(
        hours([
          { start: "09:00", end: "13:00" },
          { start: "12:30", end: "18:00" },
        ]),
      ),
    ).toEqual([["hours.mon.1.start", "segmentsOverlap"]]);
    expect(
      issues(
        hours([
          { start: "13:30", end: "18:00" },
          { start: "09:00", end: "12:30" },
        ]),
      ),
    ).toEqual([["hours.mon.1.start", "segmentsOverlap"]]);
    expect(issues(hours([{ start: "18:00", end: "09:00" }]))).toEqual([["hours.mon.0.end", "segmentOrder"]]);
    expect(issues(hours([{ start: "09:00", end: "09:00" }]))).toEqual([["hours.mon.0.end", "segmentOrder"]]);
    expect(issues(hours([{ start: "9:00", end: "25:00" }])).map(([, m]) => m)).toEqual(["invalid", "invalid"]);
  });

  it("takes yearly month-days including 29 February, and refuses impossible ones", () => {
    const holiday = (date: string) => issues({ ...hours(NINE_TO_SIX), holidays: [{ kind: "yearly", date }] });
    expect(holiday("02-29")).toEqual([]);
    expect(holiday("02-30")).toEqual([["holidays.0.date", "invalid"]]);
    expect(holiday("13-01")).toEqual([["holidays.0.date", "invalid"]]);
    expect(issues({ ...hours(NINE_TO_SIX), timeZone: "Mars/Olympus" })).toEqual([["timeZone", "timeZone"]]);
  });
});

/** Mulberry32: a small seeded generator, so the random cases are the same on every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCalendar(random: () => number): BusinessCalendar {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const hhmm = (minutes: number) =>
    minutes === 1440 ? "24:00" : `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  const day = () => {
    // Up to three segments on a quarter-hour grid, sorted and apart, some reaching 24:00.
    const segments: { start: string; end: string }[] = [];
    let cursor = Math.floor(random() * 24) * 30;
    for (let i = Math.floor(random() * 4); i > 0 && cursor < 1440; i--) {
      const start = cursor + Math.floor(random() * 8) * 15;
      if (start >= 1440) break;
      const end = Math.min(1440, start + 15 + Math.floor(random() * 40) * 15);
      segments.push({ start: hhmm(start), end: hhmm(end) });
      cursor = end;
    }
    return segments;
  };
  const hours = Object.fromEntries(WEEKDAYS.map((d) => [d, day()]));
  if (WEEKDAYS.every((d) => hours[d]?.length === 0)) hours.wed = NINE_TO_SIX;
  const holidays = Array.from({ length: Math.floor(random() * 6) }, () =>
    random() < 0.5
      ? {
          kind: "yearly",
          date: `${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
        }
      : {
          kind: "once",
          date: `2027-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
          until: random() < 0.5 ? "12:00" : null,
        },
  );
  return businessCalendarSchema.parse({
    timeZone: pick(["Europe/Istanbul", "Europe/Bucharest", "UTC", "America/New_York"]),
    hours,
    holidays,
    country: pick([null, "TR", "RO"]),
  });
}

function weeklyMinutes(cal: BusinessCalendar) {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  return WEEKDAYS.reduce((total, d) => total + cal.hours[d].reduce((sum, s) => sum + minutes(s.end) - minutes(s.start), 0), 0);
}

describe("adding and measuring agree (seeded random calendars and instants)", () => {
  it("businessMinutesBetween(from, addBusinessMinutes(from, n)) is n, and the result is the earliest such instant", { timeout: 30_000 }, () => {
    const random = seeded(20271101);
    for (let i = 0; i < 200; i++) {
      const cal = randomCalendar(random);
      // Any second from 2026 to the end of 2028, and up to ~1000 h of work.
      const from = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 3 * 365 * 86_400) * 1000);
      // Up to eight weeks of this calendar's work, so a sparse week does not make a case slow.
      const n = Math.floor(random() * 8 * weeklyMinutes(cal));
      const due = addBusinessMinutes(cal, from, n);
      expect(businessMinutesBetween(cal, from, due), `case ${i}: ${from.toISOString()} + ${n} in ${cal.timeZone}`).toBe(n);
      // One millisecond earlier is not enough (unless n is 0 and the start itself is returned).
      if (n > 0) expect(businessMinutesBetween(cal, from, new Date(due.getTime() - 1))).toBeLessThan(n);
    }
  });
});

describe("efficiency", () => {
  // No timing assertion (speed belongs to the bench): the year shows the sum spans years of work,
  // which a minute-by-minute walk could not finish within the test's time-out.
  it("walks days, not minutes: a million business minutes (years of work) adds up", () => {
    const cal = calendar({ country: "TR" }, WITH_LUNCH);
    const from = at("2027-01-04T09:00:00+03:00");
    const due = addBusinessMinutes(cal, from, 1_000_000);
    expect(businessMinutesBetween(cal, from, due)).toBe(1_000_000);
    expect(due.getUTCFullYear()).toBe(2035);
  }, 15_000);
});
