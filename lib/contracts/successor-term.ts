import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, subDays } from "date-fns";
import { civilDateOf, formatCivilDate, parseCivilDate } from "@/lib/calendars/civil-date";

// Client-safe and pure: the term auto-renew gives the successor (issue 11 item 4).

export type Term = { start: string; end: string };

/**
 * The term after one ending on `end` ("YYYY-MM-DD", inclusive), lasting `months` months: it starts
 * the day after and ends the day before the same day-of-month `months` later, computed with
 * date-fns in the org's zone. When that day does not exist in the target month date-fns clamps
 * to the month's last day, and the term ends on that last day instead: 31 Jan + 1 month runs
 * 31 Jan – 28 Feb (29 in a leap year), 29 Feb 2028 + 12 months ends 28 Feb 2029, and the next
 * term starts on the 1st, so a chain never drifts backwards through the month.
 */
export function successorTerm(end: string, months: number, timeZone: string): Term {
  if (!Number.isInteger(months) || months < 1) throw new RangeError("a renewal lasts a whole number of months, at least one");
  const last = parseCivilDate(end);
  const start = addDays(new TZDate(last.year, last.month - 1, last.day, timeZone), 1);
  const sameDayLater = addMonths(start, months);
  const clamped = sameDayLater.getDate() !== start.getDate();
  const termEnd = clamped ? sameDayLater : subDays(sameDayLater, 1);
  return { start: formatCivilDate(civilDateOf(start, timeZone)), end: formatCivilDate(civilDateOf(termEnd, timeZone)) };
}
