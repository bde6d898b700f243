import { NoWorkingTimeError } from "@/lib/errors";
import { type Interval, hasWorkingWeek, workingIntervalsOn } from "./calendar";
import { addCivilDays, type CivilDate, civilDateOf, compareCivilDates } from "./civil-date";
import type { BusinessCalendar } from "./schemas";

// Client-safe and pure. Business time is real elapsed time inside working intervals: a 09:00–18:00
// day is 9 h on a DST Sunday too, and a 24-hour day on the spring-forward Sunday in Bucharest is
// 23 h. The walk goes a day at a time (each day a few intervals), never a minute at a time.

const MINUTE = 60_000;
/** A walk that meets this many days in a row without working time stops (holidays over a year). */
const MAX_IDLE_DAYS = 400;

function assertWorkingWeek(calendar: BusinessCalendar) {
  if (!hasWorkingWeek(calendar)) throw new NoWorkingTimeError();
}

function assertInstant(value: Date, name: string) {
  if (Number.isNaN(value.getTime())) throw new RangeError(`${name} is not a valid date`);
}

/**
 * The instant `minutes` business minutes after `from`. Starting outside working time counts from
 * the next working instant; a sum that ends exactly at the end of a segment returns that end
 * (Friday 18:00), not the next morning. Zero minutes returns `from` unchanged; negative or
 * non-finite minutes are a programming error (RangeError). Fractions of a minute are kept to the
 * millisecond, so a warning at 80 % of 7 minutes is exact.
 */
export function addBusinessMinutes(calendar: BusinessCalendar, from: Date, minutes: number): Date {
  assertInstant(from, "from");
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError("minutes must be a finite number ≥ 0");
  assertWorkingWeek(calendar);
  let remaining = Math.round(minutes * MINUTE);
  if (remaining === 0) return new Date(from.getTime());
  const cursor = from.getTime();
  let idle = 0;
  for (let day: CivilDate = civilDateOf(cursor, calendar.timeZone); ; day = addCivilDays(day, 1)) {
    let worked = false;
    for (const { start, end } of workingIntervalsOn(calendar, day)) {
      if (end <= cursor) continue;
      worked = true;
      const begin = Math.max(start, cursor);
      if (remaining <= end - begin) return new Date(begin + remaining);
      remaining -= end - begin;
    }
    idle = worked ? 0 : idle + 1;
    if (idle > MAX_IDLE_DAYS) throw new NoWorkingTimeError();
  }
}

function overlap({ start, end }: Interval, from: number, to: number) {
  return Math.max(0, Math.min(end, to) - Math.max(start, from));
}

/**
 * Business minutes from `from` to `to`. Antisymmetric: negative when `to` is before `from` (so
 * "time left until the deadline" turns negative once it is overdue), zero when they are equal or
 * no working time lies between. Fractional when the instants are not whole minutes apart.
 */
export function businessMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  assertInstant(from, "from");
  assertInstant(to, "to");
  if (to.getTime() < from.getTime()) return -businessMinutesBetween(calendar, to, from);
  assertWorkingWeek(calendar);
  const start = from.getTime();
  const end = to.getTime();
  if (start === end) return 0;
  const last = civilDateOf(end, calendar.timeZone);
  let total = 0;
  for (let day: CivilDate = civilDateOf(start, calendar.timeZone); compareCivilDates(day, last) <= 0; day = addCivilDays(day, 1)) {
    for (const interval of workingIntervalsOn(calendar, day)) total += overlap(interval, start, end);
  }
  return total / MINUTE;
}
