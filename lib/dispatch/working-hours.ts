import { workingIntervalsOn, type Interval } from "@/lib/calendars/calendar";
import { addCivilDays, civilDateOf, compareCivilDates } from "@/lib/calendars/civil-date";
import type { BusinessCalendar } from "@/lib/calendars/schemas";

// Client-safe and pure: where a slot sits against the org calendar's working hours.

/** The working intervals of every civil day [from, to) touches, in order. */
export function workingIntervalsBetween(calendar: BusinessCalendar, from: Date, to: Date): Interval[] {
  const intervals: Interval[] = [];
  const last = civilDateOf(new Date(Math.max(from.getTime(), to.getTime() - 1)), calendar.timeZone);
  for (let day = civilDateOf(from, calendar.timeZone); compareCivilDates(day, last) <= 0; day = addCivilDays(day, 1)) {
    intervals.push(...workingIntervalsOn(calendar, day));
  }
  return intervals;
}

/** Whether all of [start, end) is working time: a lunch break or an evening inside it is not. */
export function withinWorkingHours(calendar: BusinessCalendar, start: Date, end: Date) {
  let cursor = start.getTime();
  const until = end.getTime();
  for (const interval of workingIntervalsBetween(calendar, start, end)) {
    if (cursor >= until) break;
    if (interval.end <= cursor) continue;
    if (interval.start > cursor) return false;
    cursor = interval.end;
  }
  return cursor >= until;
}
