import { type CivilDate, formatCivilDate, instantAt, isoWeekday } from "./civil-date";
import { publicHolidayOn } from "./public-holidays";
import { type BusinessCalendar, type CalendarHoliday, minutesOfWallTime, WEEKDAYS } from "./schemas";

// Client-safe and pure. A business calendar (lib/calendars/schemas.ts) as working intervals on each
// civil day: the weekday's segments, less the day's holidays, placed in the calendar's zone.

/** Working time as instants (epoch milliseconds), start inclusive, end exclusive. */
export type Interval = { start: number; end: number };

type Compiled = {
  timeZone: string;
  country: BusinessCalendar["country"];
  /** Index 0 = Monday: [start, end] minutes of the day. */
  week: (readonly [number, number])[][];
  /** Holiday date → minute working ends that day (0 = the whole day off). */
  once: Map<string, number>;
  yearly: Map<string, number>;
  days: Map<string, Interval[]>;
};

/** Calendars are values: compiled once per object, so callers must not mutate one after use. */
const compiled = new WeakMap<BusinessCalendar, Compiled>();
/** Enough for years of lookups per calendar; beyond it the day cache starts over. */
const MAX_CACHED_DAYS = 5000;

function untilOf(holiday: CalendarHoliday) {
  return holiday.until ? minutesOfWallTime(holiday.until) : 0;
}

function addHoliday(map: Map<string, number>, key: string, until: number) {
  // Two entries for one day: the shorter working day wins.
  map.set(key, Math.min(map.get(key) ?? until, until));
}

function compile(calendar: BusinessCalendar): Compiled {
  const found = compiled.get(calendar);
  if (found) return found;
  const once = new Map<string, number>();
  const yearly = new Map<string, number>();
  for (const holiday of calendar.holidays) addHoliday(holiday.kind === "once" ? once : yearly, holiday.date, untilOf(holiday));
  const result: Compiled = {
    timeZone: calendar.timeZone,
    country: calendar.country,
    week: WEEKDAYS.map((day) => calendar.hours[day].map((s) => [minutesOfWallTime(s.start), minutesOfWallTime(s.end)] as const)),
    once,
    yearly,
    days: new Map(),
  };
  compiled.set(calendar, result);
  return result;
}

/** Whether any weekday has a segment. Without one no deadline exists (NoWorkingTimeError). */
export function hasWorkingWeek(calendar: BusinessCalendar) {
  return WEEKDAYS.some((day) => calendar.hours[day].length > 0);
}

/** The minute working ends on a holiday (0 = none that day), or null on an ordinary day. */
function holidayCutoff(c: Compiled, date: CivilDate): number | null {
  const key = formatCivilDate(date);
  const cutoffs = [c.once.get(key), c.yearly.get(key.slice(5)), c.country && publicHolidayOn(c.country, date, c.timeZone) !== null ? 0 : undefined];
  const set = cutoffs.filter((v): v is number => v !== undefined);
  return set.length ? Math.min(...set) : null;
}

/** The working intervals of one civil day in the calendar's zone, in order. */
export function workingIntervalsOn(calendar: BusinessCalendar, date: CivilDate): Interval[] {
  const c = compile(calendar);
  const key = formatCivilDate(date);
  const cached = c.days.get(key);
  if (cached) return cached;
  const cutoff = holidayCutoff(c, date);
  const intervals: Interval[] = [];
  for (const [from, to] of c.week[isoWeekday(date) - 1] ?? []) {
    const end = cutoff === null ? to : Math.min(to, cutoff);
    if (end <= from) continue;
    // Each end is placed in the zone on its own, so a DST change inside a segment is real time.
    const interval = { start: instantAt(date, from, c.timeZone), end: instantAt(date, end, c.timeZone) };
    if (interval.end > interval.start) intervals.push(interval);
  }
  if (c.days.size >= MAX_CACHED_DAYS) c.days.clear();
  c.days.set(key, intervals);
  return intervals;
}

/** Whether the day has any working time (not a weekend, not a whole-day holiday). */
export function isWorkingDay(calendar: BusinessCalendar, date: CivilDate) {
  return workingIntervalsOn(calendar, date).length > 0;
}
