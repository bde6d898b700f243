import { now } from "@/lib/clock";

/** A report's default window: the last 90 days, today included. */
export const DEFAULT_RANGE_DAYS = 90;

/** "YYYY-MM-DD" of an instant in a time zone (en-CA formats dates that way). */
export function isoDateIn(at: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** Calendar arithmetic on an ISO date, in UTC so no daylight-saving shift can move the day. */
export function addDays(isoDate: string, days: number) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The inclusive calendar range a report covers: what was asked for, else the last 90 days ending
 * today in the org's time zone (not the server's: at 01:00 in Istanbul the server may be a day behind).
 */
export function resolveRange(range: { from: string | null; to: string | null }, timeZone: string, at = now()) {
  const today = isoDateIn(at, timeZone);
  const to = range.to ?? (range.from && range.from > today ? range.from : today);
  const from = range.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  return { from, to };
}
