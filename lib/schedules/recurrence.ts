import { Frequency, type Options, RRule, Weekday } from "./rrule";
import type { ScheduleHolidayMove } from "@/db/schema/enum-values";
import { WEEKDAYS, type Weekday as DayKey } from "@/lib/calendars/schemas";

// Client-safe: the plain choices of the schedule form (SPEC K3: weekly, monthly on a day or on the
// nth weekday, last working day, quarterly, yearly) as RRULEs, built and read back by rrule. An
// advanced field takes a raw RRULE instead; `rawRruleProblem` says what is wrong with one.

export const RECURRENCE_KINDS = ["weekly", "monthly_day", "monthly_nth", "last_working_day", "yearly", "custom"] as const;
export type RecurrenceKind = (typeof RECURRENCE_KINDS)[number];
/** First … fourth, or -1: the last (e.g. "the last Friday"). */
export const NTH_CHOICES = [1, 2, 3, 4, -1] as const;

export type Recurrence =
  | { kind: "weekly"; interval: number; weekdays: DayKey[] }
  /** Day 29–31 falls on the month's last day when the month is shorter; `interval` 3 is quarterly. */
  | { kind: "monthly_day"; interval: number; day: number }
  | { kind: "monthly_nth"; interval: number; nth: number; weekday: DayKey }
  | { kind: "last_working_day"; interval: number }
  /** 29 February falls on the 28th in common years. */
  | { kind: "yearly"; month: number; day: number }
  | { kind: "custom"; rrule: string };

const RRULE_DAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
const dayOf = (key: DayKey) => RRULE_DAYS[WEEKDAYS.indexOf(key)]!;
const keyOf = (weekday: number) => WEEKDAYS[weekday]!;

/** BYMONTHDAY=28..d;BYSETPOS=-1: the d-th, or the last day of a month too short for it. */
function monthDays(day: number) {
  if (day <= 28) return { bymonthday: [day] };
  return { bymonthday: Array.from({ length: day - 27 }, (_, i) => 28 + i), bysetpos: [-1] };
}

/** The rule's text without the RRULE: prefix; an interval of 1 is rrule's default and left out. */
const text = ({ freq, interval, ...options }: Partial<Options>) =>
  RRule.optionsToString({ freq, ...(interval && interval > 1 ? { interval } : {}), ...options }).replace(/^RRULE:/, "");

/** The RRULE (parts only) and the direction a non-working day moves, for a choice of the form. */
export function buildRecurrence(r: Recurrence): { rrule: string; holidayMove: ScheduleHolidayMove } {
  switch (r.kind) {
    case "weekly":
      return {
        rrule: text({ freq: Frequency.WEEKLY, interval: r.interval, byweekday: WEEKDAYS.filter((d) => r.weekdays.includes(d)).map(dayOf) }),
        holidayMove: "next",
      };
    case "monthly_day":
      return { rrule: text({ freq: Frequency.MONTHLY, interval: r.interval, ...monthDays(r.day) }), holidayMove: "next" };
    case "monthly_nth":
      return { rrule: text({ freq: Frequency.MONTHLY, interval: r.interval, byweekday: [dayOf(r.weekday).nth(r.nth)] }), holidayMove: "next" };
    case "last_working_day":
      // The month's last day, moved back to a working day by the schedule's calendar.
      return { rrule: text({ freq: Frequency.MONTHLY, interval: r.interval, bymonthday: [-1] }), holidayMove: "previous" };
    case "yearly":
      return {
        rrule: text({ freq: Frequency.YEARLY, bymonth: [r.month], ...monthDays(r.month === 2 ? Math.min(r.day, 29) : r.day) }),
        holidayMove: "next",
      };
    case "custom":
      return { rrule: r.rrule.trim().replace(/^RRULE:/i, ""), holidayMove: "next" };
  }
}

const list = <T>(v: T | T[] | null | undefined): T[] => (v === null || v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The form's choice a stored rule came from; anything the choices cannot say is "custom". */
export function readRecurrence(rrule: string, holidayMove: ScheduleHolidayMove): Recurrence {
  const custom: Recurrence = { kind: "custom", rrule };
  let o;
  try {
    o = RRule.parseString(rrule);
  } catch {
    return custom;
  }
  const interval = o.interval ?? 1;
  const days = list(o.bymonthday);
  const setpos = list(o.bysetpos);
  const weekdays = list(o.byweekday).map((d) => (d instanceof Weekday ? d : typeof d === "number" ? new Weekday(d) : null));
  const dayFromList = () => {
    if (days.length === 1 && !setpos.length && days[0]! >= 1 && days[0]! <= 28) return days[0]!;
    const last = days.at(-1)!;
    const isRange = days.length >= 2 && days.every((d, i) => d === 28 + i) && setpos.length === 1 && setpos[0] === -1;
    return isRange ? last : null;
  };
  const candidate = ((): Recurrence | null => {
    if (o.freq === Frequency.WEEKLY && weekdays.length && weekdays.every((d) => d && !d.n) && !days.length)
      return { kind: "weekly", interval, weekdays: weekdays.map((d) => keyOf(d!.weekday)) };
    if (o.freq === Frequency.MONTHLY && !weekdays.length && days.length === 1 && days[0] === -1)
      return holidayMove === "previous" ? { kind: "last_working_day", interval } : null;
    if (o.freq === Frequency.MONTHLY && !weekdays.length && days.length) {
      const day = dayFromList();
      return day ? { kind: "monthly_day", interval, day } : null;
    }
    if (o.freq === Frequency.MONTHLY && weekdays.length === 1 && weekdays[0]?.n && !days.length)
      return { kind: "monthly_nth", interval, nth: weekdays[0].n, weekday: keyOf(weekdays[0].weekday) };
    if (o.freq === Frequency.YEARLY && interval === 1 && list(o.bymonth).length === 1 && days.length && !weekdays.length) {
      const day = dayFromList();
      return day ? { kind: "yearly", month: list(o.bymonth)[0]!, day } : null;
    }
    return null;
  })();
  // Only a choice that builds back to the very same rule is offered as that choice.
  if (candidate && buildRecurrence(candidate).rrule === rrule && (candidate.kind === "last_working_day") === (holidayMove === "previous"))
    return candidate;
  return custom;
}

const ALLOWED_FREQS = [Frequency.YEARLY, Frequency.MONTHLY, Frequency.WEEKLY, Frequency.DAILY];
/** Parts with fields of their own (first date, end, count) or finer than a day are refused in a raw rule. */
const REFUSED_PARTS = /(^|;)\s*(DTSTART|UNTIL|COUNT|TZID|BYHOUR|BYMINUTE|BYSECOND|WKST)\s*=/i;

/** Null when the raw rule is usable, else the catalogue key of what is wrong (`validation.rrule…`). */
export function rawRruleProblem(raw: string): "rruleInvalid" | "rruleParts" | "rruleFrequency" | null {
  const rule = raw.trim().replace(/^RRULE:/i, "");
  if (!/^[A-Z0-9=;,+\-]+$/i.test(rule)) return "rruleInvalid";
  if (REFUSED_PARTS.test(rule)) return "rruleParts";
  try {
    const o = RRule.parseString(rule);
    if (o.freq === undefined) return "rruleInvalid";
    if (!ALLOWED_FREQS.includes(o.freq)) return "rruleFrequency";
    // rrule takes any number; out of range, a part would silently never match.
    const inRange = (v: number | number[] | null | undefined, max: number, negative: boolean) =>
      list(v).every((n) => Number.isInteger(n) && n !== 0 && Math.abs(n) <= max && (negative || n > 0));
    if (!inRange(o.bymonth, 12, false) || !inRange(o.bymonthday, 31, true) || !inRange(o.bysetpos, 366, true)) return "rruleInvalid";
    if (!inRange(o.byyearday, 366, true) || !inRange(o.byweekno, 53, true) || (o.interval !== undefined && !inRange(o.interval, 1000, false)))
      return "rruleInvalid";
    new RRule({ ...o, dtstart: new Date(Date.UTC(2027, 0, 1)), count: 1 }).all();
  } catch {
    return "rruleInvalid";
  }
  return null;
}
