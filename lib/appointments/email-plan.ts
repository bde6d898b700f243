import { addCivilDays, civilDateOf, instantAt } from "@/lib/calendars/civil-date";

// Pure (SPEC W4): when an appointment's two attendee e-mails are due. Unit-tested
// (tests/unit/appointment-email-plan.test.ts), including Bucharest's daylight-saving days.

export const APPOINTMENT_EMAIL_KINDS = ["dayBefore", "onDay"] as const;
export type AppointmentEmailKind = (typeof APPOINTMENT_EMAIL_KINDS)[number];

/** Local wall times in the org's zone: the day before in office hours, on the day before work starts. */
const DAY_BEFORE_MINUTE = 9 * 60;
const ON_DAY_MINUTE = 7 * 60;

/** The instant each e-mail is due for an appointment starting at `startsAt`. */
export function appointmentEmailInstants(startsAt: Date, timeZone: string): Record<AppointmentEmailKind, Date> {
  const day = civilDateOf(startsAt, timeZone);
  const onDay = new Date(instantAt(day, ON_DAY_MINUTE, timeZone));
  return {
    dayBefore: new Date(instantAt(addCivilDays(day, -1), DAY_BEFORE_MINUTE, timeZone)),
    // An appointment before 07:00 is told at midnight rather than after it has begun.
    onDay: onDay < startsAt ? onDay : new Date(instantAt(day, 0, timeZone)),
  };
}

/**
 * At `at`: which e-mails are due now (their instant has come: sent at once when the booking came
 * later) and when the next one falls due. An e-mail is out of date once the next occasion has
 * come — "tomorrow" is not sent on the day, "today" not after the start — so a late booking gets
 * only the e-mail that still makes sense.
 */
export function appointmentEmailPlan(startsAt: Date, timeZone: string, at: Date): { due: AppointmentEmailKind[]; next: Date | null } {
  const instants = appointmentEmailInstants(startsAt, timeZone);
  const until: Record<AppointmentEmailKind, Date> = { dayBefore: instants.onDay, onDay: startsAt };
  const live = APPOINTMENT_EMAIL_KINDS.filter((kind) => at < until[kind]);
  const due = live.filter((kind) => instants[kind] <= at);
  const later = live.filter((kind) => instants[kind] > at).map((kind) => instants[kind]);
  return { due, next: later.length ? new Date(Math.min(...later.map((d) => d.getTime()))) : null };
}

/** The cursor the sweep reads: now when something is due, else the next instant, null when nothing is left. */
export function nextEmailAtFor(startsAt: Date, timeZone: string, at: Date): Date | null {
  const plan = appointmentEmailPlan(startsAt, timeZone, at);
  return plan.due.length ? at : plan.next;
}

/**
 * The claim of one e-mail to one attendee. Keyed by the start, so a moved appointment sends the
 * new day's e-mails; by the attendee, so one added later still gets the e-mail that is due.
 */
export function appointmentEmailKey(appointmentId: string, kind: AppointmentEmailKind, startsAt: Date, userId: string) {
  return `appointment-email:${appointmentId}:${kind}:${startsAt.toISOString()}:${userId}`;
}
