import { TZDate } from "@date-fns/tz";
import { addCivilDays, civilDateOf, compareCivilDates, instantAt, isoWeekday } from "@/lib/calendars/civil-date";

// Client-safe. The one definition of when a meeting takes someone's time (SPEC W5, "same hour").

/** A meeting note has a start only; it is taken to last an hour. */
export const MEETING_SLOT_MINUTES = 60;

/**
 * The slot a meeting takes: [metAt, metAt + 1 h), half-open like appointments' — two meetings 59
 * minutes apart clash, 60 minutes apart they touch and do not.
 */
export function meetingSlot(metAt: Date) {
  return { startsAt: metAt, endsAt: new Date(metAt.getTime() + MEETING_SLOT_MINUTES * 60_000) };
}

/**
 * Where a follow-up appointment is first suggested (outcome "appointment"): the next weekday
 * (Monday–Friday, in the org's zone) after the meeting's day, or after today when the note is
 * written later, at the meeting's wall-clock time. The form lets the user change it.
 */
export function followUpStart(metAt: Date, today: Date, timeZone: string) {
  const met = civilDateOf(metAt, timeZone);
  const now = civilDateOf(today, timeZone);
  let day = addCivilDays(compareCivilDates(met, now) >= 0 ? met : now, 1);
  while (isoWeekday(day) > 5) day = addCivilDays(day, 1);
  const wall = new TZDate(metAt.getTime(), timeZone);
  return new Date(instantAt(day, wall.getHours() * 60 + wall.getMinutes(), timeZone));
}
