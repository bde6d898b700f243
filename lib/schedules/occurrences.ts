import { RRule } from "./rrule";
import type { ScheduleCatchUpPolicy, ScheduleHolidayMove } from "@/db/schema/enum-values";
import { isWorkingDay } from "@/lib/calendars/calendar";
import { addCivilDays, type CivilDate, civilDateOf, formatCivilDate, instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import type { BusinessCalendar } from "@/lib/calendars/schemas";

// Client-safe and pure: a maintenance schedule's occurrences (SPEC K3). Recurrence is rrule's; the
// dates it yields are civil dates (rrule's "floating" UTC dates serve as a plain calendar, as in
// civil-date.ts), and only the instant a record is due is placed in the org's zone.

/** What of a schedule the dates depend on. `rrule`: the rule's parts only (FREQ, INTERVAL, BY…). */
export type ScheduleRule = {
  rrule: string;
  firstDate: string;
  untilDate: string | null;
  count: number | null;
  leadDays: number;
  holidayMove: ScheduleHolidayMove;
};

/** `date`: the rule's own date (the occurrence's identity); `planned`: where the calendar put it. */
export type Occurrence = { date: string; planned: string; moved: boolean };

/** Far enough for any real schedule, near enough that an impossible rule ends its search quickly. */
const SEARCH_YEARS = 10;
/** A working day is always found within this many days (a working week exists, holidays are finite). */
const MAX_MOVE_DAYS = 366;

const toRruleDate = ({ year, month, day }: CivilDate) => new Date(Date.UTC(year, month - 1, day));
const fromRruleDate = (d: Date) => formatCivilDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });

function ruleOf(rule: ScheduleRule) {
  const options = RRule.parseString(rule.rrule);
  return new RRule({
    ...options,
    dtstart: toRruleDate(parseCivilDate(rule.firstDate)),
    until: rule.untilDate ? toRruleDate(parseCivilDate(rule.untilDate)) : null,
    count: rule.count,
  });
}

/** The rule's dates between two civil dates, both included. */
export function ruleDates(rule: ScheduleRule, from: string, to: string): string[] {
  if (to < from) return [];
  return ruleOf(rule)
    .between(toRruleDate(parseCivilDate(from)), toRruleDate(parseCivilDate(to)), true)
    .map(fromRruleDate);
}

/**
 * The working day an occurrence happens on: the date itself when it is one, else the next (or,
 * for "last working day of the month", the previous) working day of the calendar. No calendar: the date.
 */
export function moveToWorkingDay(date: string, calendar: BusinessCalendar | null, direction: ScheduleHolidayMove): string {
  if (!calendar) return date;
  let day = parseCivilDate(date);
  for (let i = 0; i < MAX_MOVE_DAYS && !isWorkingDay(calendar, day); i++) day = addCivilDays(day, direction === "next" ? 1 : -1);
  return formatCivilDate(day);
}

export function occurrenceOf(date: string, calendar: BusinessCalendar | null, direction: ScheduleHolidayMove): Occurrence {
  const planned = moveToWorkingDay(date, calendar, direction);
  return { date, planned, moved: planned !== date };
}

/** The occurrences whose rule dates lie between `from` and `to`, moved by the calendar. */
export function occurrencesBetween(rule: ScheduleRule, calendar: BusinessCalendar | null, from: string, to: string): Occurrence[] {
  return ruleDates(rule, from, to).map((date) => occurrenceOf(date, calendar, rule.holidayMove));
}

/** The day the record of an occurrence is created: `leadDays` calendar days before its planned date (seed 002: the 10th, 3 days → the 7th). */
export function creationDate(occurrence: Occurrence, leadDays: number): string {
  return formatCivilDate(addCivilDays(parseCivilDate(occurrence.planned), -leadDays));
}

/** The instant that day starts in the org's zone: when the generator creates the record. */
export function creationInstant(occurrence: Occurrence, leadDays: number, timeZone: string): number {
  return instantAt(parseCivilDate(creationDate(occurrence, leadDays)), 0, timeZone);
}

/** The first day the generator still has to decide: after what is settled, never before the first date. */
export function firstOpenDate(rule: ScheduleRule, settledThrough: string | null): string {
  const next = settledThrough ? formatCivilDate(addCivilDays(parseCivilDate(settledThrough), 1)) : rule.firstDate;
  return next > rule.firstDate ? next : rule.firstDate;
}

/**
 * The undecided occurrences whose record is due at `at`, oldest first. A move to an earlier day
 * can bring an occurrence forward, so the search looks a month past the lead days.
 */
export function dueOccurrences(
  rule: ScheduleRule,
  calendar: BusinessCalendar | null,
  settledThrough: string | null,
  at: number,
  timeZone: string,
): Occurrence[] {
  const from = firstOpenDate(rule, settledThrough);
  const to = formatCivilDate(addCivilDays(civilDateOf(at, timeZone), rule.leadDays + 31));
  return occurrencesBetween(rule, calendar, from, to).filter((o) => creationInstant(o, rule.leadDays, timeZone) <= at);
}

/**
 * The next undecided occurrence (none when the rule has ended, or none within SEARCH_YEARS),
 * whatever its due instant: the generator's cursor (`next_due_at`) and the page's "next" list.
 */
export function upcomingOccurrences(
  rule: ScheduleRule,
  calendar: BusinessCalendar | null,
  settledThrough: string | null,
  limit: number,
): Occurrence[] {
  const from = firstOpenDate(rule, settledThrough);
  const start = parseCivilDate(from);
  const dates: string[] = [];
  ruleOf(rule).between(toRruleDate(start), toRruleDate({ ...start, year: start.year + SEARCH_YEARS }), true, (d, i) => {
    dates.push(fromRruleDate(d));
    return i + 1 < limit;
  });
  return dates.map((date) => occurrenceOf(date, calendar, rule.holidayMove));
}

/** The instant the next undecided occurrence's record is due, or null when none is left. */
export function nextDueInstant(rule: ScheduleRule, calendar: BusinessCalendar | null, settledThrough: string | null, timeZone: string) {
  const [next] = upcomingOccurrences(rule, calendar, settledThrough, 1);
  return next ? creationInstant(next, rule.leadDays, timeZone) : null;
}

export type CatchUpPlan = { create: Occurrence[]; missed: Occurrence[]; skipped: Occurrence[] };

/**
 * What to do with the occurrences due at once. One whose record is due today is on time and always
 * created; the late ones (their creation day has passed: the app was down, the schedule paused)
 * follow the policy: `create_all` creates them; `latest_only` creates the latest of them unless an
 * on-time one supersedes it, and skips the rest; `mark_missed` marks them missed; `create_upcoming`
 * (the default) creates those whose planned date has not passed and marks the others missed.
 */
export function planCatchUp(due: Occurrence[], policy: ScheduleCatchUpPolicy, leadDays: number, today: string): CatchUpPlan {
  const plan: CatchUpPlan = { create: [], missed: [], skipped: [] };
  const late = due.filter((o) => creationDate(o, leadDays) < today);
  const onTime = due.filter((o) => creationDate(o, leadDays) >= today);
  plan.create.push(...onTime);
  if (policy === "create_all") plan.create.push(...late);
  else if (policy === "mark_missed") plan.missed.push(...late);
  else if (policy === "create_upcoming") {
    for (const o of late) (o.planned >= today ? plan.create : plan.missed).push(o);
  } else {
    const latest = onTime.length ? undefined : late.at(-1);
    for (const o of late) (o === latest ? plan.create : plan.skipped).push(o);
  }
  plan.create.sort((x, y) => x.date.localeCompare(y.date));
  return plan;
}
