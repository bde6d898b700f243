import { WEEKDAYS } from "@/lib/calendars/schemas";
import type { Recurrence } from "./recurrence";

// Client-safe: a rule in words, for the list, the page and the customer card. The caller passes
// its translator for `schedules.recurrence` and the locale's date formatter, so the server and the
// browser say it the same way.

type Translate = (key: Recurrence["kind"], values: Record<string, string | number>) => string;
/** The few options used here: next-intl's formatter and Intl's both take them. */
export type DateOptions = { weekday?: "long"; month?: "long"; day?: "numeric"; timeZone: string };
type FormatDate = (date: Date, options: DateOptions) => string;

/** A Monday in UTC: weekday i is this date plus i days, named by Intl in the reader's language. */
const MONDAY = Date.UTC(2027, 2, 1);

export function weekdayName(day: (typeof WEEKDAYS)[number], format: FormatDate) {
  return format(new Date(MONDAY + WEEKDAYS.indexOf(day) * 86_400_000), { weekday: "long", timeZone: "UTC" });
}

export function monthName(month: number, format: FormatDate) {
  return format(new Date(Date.UTC(2028, month - 1, 1)), { month: "long", timeZone: "UTC" });
}

export function describeRecurrence(r: Recurrence, t: Translate, format: FormatDate): string {
  switch (r.kind) {
    case "weekly":
      return t("weekly", { interval: r.interval, days: r.weekdays.map((d) => weekdayName(d, format)).join(", ") });
    case "monthly_day":
      return t("monthly_day", { interval: r.interval, day: r.day });
    case "monthly_nth":
      return t("monthly_nth", { interval: r.interval, nth: String(r.nth), weekday: weekdayName(r.weekday, format) });
    case "last_working_day":
      return t("last_working_day", { interval: r.interval });
    case "yearly":
      // 2028 is a leap year, so 29 February can be named.
      return t("yearly", { date: format(new Date(Date.UTC(2028, r.month - 1, r.day)), { day: "numeric", month: "long", timeZone: "UTC" }) });
    case "custom":
      return t("custom", { rrule: r.rrule });
  }
}
