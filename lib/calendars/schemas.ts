import { z } from "zod";
import { calendarDate } from "@/lib/fields/dates";
import { MAX_LENGTH, optionalText, text } from "@/lib/fields/text";
import { isTimeZone } from "@/lib/fields/time-zone";

// Client-safe: the business-calendar form and its verb parse with these (issue 11, SPEC K1a).
// Messages are catalogue keys under `validation.`.

/** ISO weekday order, Monday first: the form lists the days in this order. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Countries whose public holidays are preloaded from `date-holidays` (lib/calendars/public-holidays.ts). */
export const HOLIDAY_COUNTRIES = ["TR", "RO"] as const;
export type HolidayCountry = (typeof HOLIDAY_COUNTRIES)[number];

/** Generous bounds: a real week has two or three segments a day and a few dozen own holidays. */
const MAX_SEGMENTS_PER_DAY = 8;
const MAX_HOLIDAYS = 400;

/** "HH:MM" on a 24-hour clock; "24:00" is the end of the day, so 00:00–24:00 is a whole day. */
const WALL_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Days per month in a leap year: a yearly 02-29 holiday is kept and applies in leap years only. */
const MONTH_LENGTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function minutesOfWallTime(value: string) {
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}

const wallTime = () => z.string().max(5, { error: "invalid", abort: true }).regex(WALL_TIME, { error: "invalid" });
const isWallTime = (value: string) => WALL_TIME.test(value);

const segmentSchema = z
  .object({ start: wallTime(), end: wallTime() })
  // A segment ends on the day it starts (end at most 24:00), so none crosses midnight.
  .refine((s) => !isWallTime(s.start) || !isWallTime(s.end) || minutesOfWallTime(s.start) < minutesOfWallTime(s.end), {
    error: "segmentOrder",
    path: ["end"],
  });
export type WorkingSegment = z.output<typeof segmentSchema>;

const daySchema = z
  .array(segmentSchema)
  .max(MAX_SEGMENTS_PER_DAY, { error: "tooMany" })
  .superRefine((segments, issue) => {
    for (let i = 1; i < segments.length; i++) {
      const previous = segments[i - 1];
      const current = segments[i];
      if (!previous || !current) continue;
      // Sorted and apart: the arithmetic walks segments in order and never counts a minute twice.
      if (minutesOfWallTime(current.start) < minutesOfWallTime(previous.end)) {
        issue.addIssue({ code: "custom", message: "segmentsOverlap", path: [i, "start"] });
      }
    }
  });

const monthDay = () =>
  z
    .string()
    .max(5, { error: "invalid", abort: true })
    .regex(MONTH_DAY, { error: "invalid", abort: true })
    .refine((v) => Number(v.slice(3, 5)) <= (MONTH_LENGTH[Number(v.slice(0, 2)) - 1] ?? 0), { error: "invalid" });

/** Half day: working time that day ends at `until` (e.g. 13:00 on New Year's Eve); null is the whole day off. */
const until = () =>
  z
    .union([z.literal(""), wallTime()])
    .nullish()
    .transform((v) => v || null);

const holidaySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("once"), date: calendarDate(), name: optionalText(MAX_LENGTH.label), until: until() }),
  z.object({ kind: z.literal("yearly"), date: monthDay(), name: optionalText(MAX_LENGTH.label), until: until() }),
]);
export type CalendarHoliday = z.output<typeof holidaySchema>;

export const businessCalendarSchema = z
  .object({
    timeZone: text(MAX_LENGTH.label).refine(isTimeZone, { error: "timeZone" }),
    hours: z.object(Object.fromEntries(WEEKDAYS.map((day) => [day, daySchema])) as Record<Weekday, typeof daySchema>),
    holidays: z.array(holidaySchema).max(MAX_HOLIDAYS, { error: "tooMany" }),
    /** Preloaded public holidays, or null for none (the org lists its own). */
    country: z
      .union([z.enum(HOLIDAY_COUNTRIES, { error: "invalid" }), z.literal("")])
      .nullish()
      .transform((v) => v || null),
  })
  // A week without working time has no deadline at all; refused here, and by the arithmetic.
  .refine((c) => WEEKDAYS.some((day) => c.hours[day].length > 0), { error: "noWorkingTime", path: ["hours"] });

export type BusinessCalendarInput = z.input<typeof businessCalendarSchema>;
export type BusinessCalendar = z.output<typeof businessCalendarSchema>;
