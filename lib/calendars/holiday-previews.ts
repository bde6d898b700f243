import "server-only";
import { civilDateOf } from "./civil-date";
import { publicHolidaysIn } from "./public-holidays";
import { HOLIDAY_COUNTRIES, type HolidayCountry } from "./schemas";

/**
 * What the calendar form previews for each country: this year's and next year's public days off,
 * in the calendar's zone. Computed here so date-holidays stays out of the browser bundle.
 */
export function holidayPreviews(timeZone: string, at: Date) {
  const year = civilDateOf(at, timeZone).year;
  return Object.fromEntries(
    HOLIDAY_COUNTRIES.map((country) => [country, [year, year + 1].map((y) => ({ year: y, holidays: publicHolidaysIn(country, y, timeZone) }))]),
  ) as Record<HolidayCountry, { year: number; holidays: { date: string; name: string }[] }[]>;
}
