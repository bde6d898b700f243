import { z } from "zod";
import { MAX_LENGTH, text } from "./text";

// Client-safe. Every date and instant a schema takes goes through here, so each one is bounded
// to the same range.

/**
 * Business dates live between these years. Outside them PostgreSQL refuses some values (it has
 * no year 0000) or a typo stores a date nobody can find again (year 275760); both are field
 * errors, never a database error.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
const RANGE = { error: "dateRange" } as const;

function yearInRange(year: number) {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** An instant is in range when its calendar year is (in UTC; a day either side does not matter here). */
export function instantInRange(value: Date) {
  return !Number.isNaN(value.getTime()) && yearInRange(value.getUTCFullYear());
}

/** A calendar date `YYYY-MM-DD`. */
export function calendarDate() {
  return z.iso.date({ error: "invalid" }).refine((v) => yearInRange(Number(v.slice(0, 4))), RANGE);
}

/** A calendar date, or null for "" / missing (an empty field or URL parameter). */
export function optionalCalendarDate() {
  return z
    .union([z.literal(""), calendarDate()])
    .nullish()
    .transform((v) => v || null);
}

/**
 * An ISO instant with an offset (what the browser makes of its datetime-local value, so the
 * server never guesses the typist's time zone), stored to the whole second.
 */
export function instant() {
  return z.iso
    .datetime({ offset: true, error: "invalid" })
    .max(40, { error: "invalid" })
    .transform((v) => new Date(Math.floor(new Date(v).getTime() / 1000) * 1000))
    .refine(instantInRange, RANGE);
}

/** A date-time as the browser sends it ("" for none), read by `Date`; null when empty. */
export function optionalDateTime() {
  return text(MAX_LENGTH.label)
    .transform((v) => (v ? new Date(v) : null))
    .refine((v) => v === null || !Number.isNaN(v.getTime()), {
      error: "invalid",
    })
    .refine((v) => v === null || Number.isNaN(v.getTime()) || instantInRange(v), RANGE)
    .nullish()
    .transform((v) => v ?? null);
}
