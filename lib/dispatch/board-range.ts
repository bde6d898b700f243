import { addCivilDays, type CivilDate, formatCivilDate, instantAt, isoWeekday, parseCivilDate } from "@/lib/calendars/civil-date";
import type { BoardSpan } from "./schemas";

// Client-safe and pure: the days the board shows and the instants that bound them.

export type BoardRange = { days: string[]; startsAt: string; endsAt: string };

/** A day, or the Monday-to-Sunday week holding `date`, in the org's zone. */
export function boardRange(date: string, span: BoardSpan, timeZone: string): BoardRange {
  const day = parseCivilDate(date);
  const first: CivilDate = span === "week" ? addCivilDays(day, 1 - isoWeekday(day)) : day;
  const count = span === "week" ? 7 : 1;
  const days = Array.from({ length: count }, (_, i) => formatCivilDate(addCivilDays(first, i)));
  return {
    days,
    startsAt: new Date(instantAt(first, 0, timeZone)).toISOString(),
    endsAt: new Date(instantAt(addCivilDays(first, count), 0, timeZone)).toISOString(),
  };
}

/** The date the "previous" and "next" buttons go to. */
export function shiftBoardDate(date: string, span: BoardSpan, direction: -1 | 1) {
  return formatCivilDate(addCivilDays(parseCivilDate(date), direction * (span === "week" ? 7 : 1)));
}
