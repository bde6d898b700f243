import type { BusinessCalendar } from "@/lib/calendars/schemas";
import { WEEKDAYS } from "@/lib/calendars/schemas";

// Client-safe and pure: the org calendar's working week as FullCalendar's businessHours, so the
// agenda shades the hours outside it (SPEC W3).

export type AgendaBusinessHours = { daysOfWeek: number[]; startTime: string; endTime: string }[];

/** One entry per distinct segment, with every weekday that has it (a usual office week is one entry). */
export function businessHoursOf(week: BusinessCalendar["hours"]): AgendaBusinessHours {
  const bySegment = new Map<string, number[]>();
  // FullCalendar counts Sunday as 0; our week starts on Monday (WEEKDAYS[0]).
  WEEKDAYS.forEach((day, index) => {
    for (const segment of week[day]) {
      const key = `${segment.start}-${segment.end}`;
      bySegment.set(key, [...(bySegment.get(key) ?? []), (index + 1) % 7]);
    }
  });
  return [...bySegment].map(([key, daysOfWeek]) => {
    const [startTime, endTime] = key.split("-") as [string, string];
    return { daysOfWeek, startTime, endTime };
  });
}
