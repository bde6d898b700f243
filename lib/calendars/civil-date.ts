import { TZDate } from "@date-fns/tz";

// Client-safe. A civil date is a day on the wall calendar ("2027-03-28"), with no zone of its own;
// it becomes instants only through TZDate in a named zone, so no code here does offset arithmetic.

export type CivilDate = { year: number; month: number; day: number };

/** The wall-calendar day an instant falls on in `timeZone`. */
export function civilDateOf(at: Date | number, timeZone: string): CivilDate {
  const local = new TZDate(typeof at === "number" ? at : at.getTime(), timeZone);
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
}

/** "YYYY-MM-DD" → civil date (the schemas have checked the format). */
export function parseCivilDate(value: string): CivilDate {
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

export function formatCivilDate({ year, month, day }: CivilDate) {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Days later (or earlier, negative) on the calendar. Civil dates have no zone, so UTC serves as a
 * plain proleptic calendar here: 31 Jan + 1 day is 1 Feb everywhere.
 */
export function addCivilDays({ year, month, day }: CivilDate, days: number): CivilDate {
  const next = new Date(Date.UTC(year, month - 1, day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday({ year, month, day }: CivilDate) {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

export function compareCivilDates(a: CivilDate, b: CivilDate) {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The instant a wall time of a civil date happens in `timeZone` (minutes since midnight; 1440 is
 * the next midnight). In a spring-forward gap TZDate moves the time forward by the gap, and of a
 * fall-back hour it takes one of the two instants; either way the mapping keeps order.
 */
export function instantAt({ year, month, day }: CivilDate, minuteOfDay: number, timeZone: string): number {
  return new TZDate(year, month - 1, day, Math.floor(minuteOfDay / 60), minuteOfDay % 60, timeZone).getTime();
}
