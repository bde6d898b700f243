import { civilDateOf, formatCivilDate } from "@/lib/calendars/civil-date";

/** Client-safe: today in the org's zone, as "YYYY-MM-DD" (the day every contract boundary is read in). */
export function todayIn(timeZone: string, at: Date) {
  return formatCivilDate(civilDateOf(at, timeZone));
}
