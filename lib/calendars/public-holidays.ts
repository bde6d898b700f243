import Holidays from "date-holidays";
import { addCivilDays, type CivilDate, civilDateOf, compareCivilDates, formatCivilDate, instantAt } from "./civil-date";
import type { HolidayCountry } from "./schemas";

// Client-safe and pure. Turkish and Romanian public holidays, including the moving religious ones
// (Ramazan and Kurban Bayramı, Orthodox Easter and Whit Monday), come from `date-holidays`; we keep
// no holiday table of our own that could go stale.

export type PublicHoliday = { date: string; name: string };

/**
 * Which calendar days a library holiday takes off, in the business calendar's zone: the days it
 * covers for more than half their length. The library gives spans, not days. Fixed holidays run
 * midnight to midnight in the country's zone. The Islamic ones start the evening before, at
 * 18:00 (shown as "-0600"), and run 90 h (Ramazan) or 114 h (Kurban), so they end at noon of the
 * day after the last bayram day: 2027's Ramazan Bayramı is 8 Mar 18:00 – 12 Mar 12:00, which
 * covers 9–11 March fully, 6 h of the 8th and 12 h of the 12th. Counting whole days only by
 * majority gives exactly the official days (9–11 March) and keeps working the mornings the span
 * grazes.
 *
 * Arife (the eve, a half day from 13:00 for public offices) is not a "public" holiday in the
 * library (its span starts at 18:00, after work), so it stays a working day; an org that closes
 * at noon adds it as a half-day holiday of its own. Only type "public" counts: observances (Ziua
 * Mamei, Ziua Eroilor) are working days.
 */
function holidayDays(country: HolidayCountry, year: number, timeZone: string): Map<string, string> {
  const days = new Map<string, string>();
  const library = new Holidays(country, { types: ["public"] });
  for (const holiday of library.getHolidays(year)) {
    if (holiday.type !== "public") continue;
    const start = holiday.start.getTime();
    const end = holiday.end.getTime();
    const last = civilDateOf(end - 1, timeZone);
    for (let day: CivilDate = civilDateOf(start, timeZone); compareCivilDates(day, last) <= 0; day = addCivilDays(day, 1)) {
      const dayStart = instantAt(day, 0, timeZone);
      const dayEnd = instantAt(day, 24 * 60, timeZone);
      const covered = Math.min(end, dayEnd) - Math.max(start, dayStart);
      if (covered * 2 > dayEnd - dayStart && !days.has(formatCivilDate(day))) days.set(formatCivilDate(day), holiday.name);
    }
  }
  return days;
}

/** Library years are cheap but not free (Islamic dates are computed); each is read once per zone. */
const cache = new Map<string, Map<string, string>>();

function daysOfLibraryYear(country: HolidayCountry, year: number, timeZone: string) {
  const key = `${country}|${year}|${timeZone}`;
  let days = cache.get(key);
  if (!days) {
    days = holidayDays(country, year, timeZone);
    cache.set(key, days);
  }
  return days;
}

/**
 * The public holiday on a civil date, or null. A span listed under the previous year can reach
 * into this one (it starts on 31 December), so both years are asked.
 */
export function publicHolidayOn(country: HolidayCountry, date: CivilDate, timeZone: string): string | null {
  const key = formatCivilDate(date);
  return daysOfLibraryYear(country, date.year, timeZone).get(key) ?? daysOfLibraryYear(country, date.year - 1, timeZone).get(key) ?? null;
}

/** A year's public days off, in date order: what the calendar form shows as preloaded. */
export function publicHolidaysIn(country: HolidayCountry, year: number, timeZone: string): PublicHoliday[] {
  const days = new Map([...daysOfLibraryYear(country, year - 1, timeZone), ...daysOfLibraryYear(country, year, timeZone)]);
  return [...days]
    .filter(([date]) => date.startsWith(`${year}-`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, name]) => ({ date, name }));
}
