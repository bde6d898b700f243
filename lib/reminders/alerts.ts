// Client-safe and pure: when a reminder's alerts fall due (SPEC W6) — the e-mail a day before its
// due time, then the banner and the notification at it. The sweep's cursor (reminders.next_alert_at)
// is written from `armAlerts` and moved by `dueAlerts`.

/** "One day before": 24 hours, so the e-mail leaves at the due time's hour on the day before. */
export const EMAIL_LEAD_MS = 24 * 60 * 60 * 1000;

export function emailInstant(dueAt: Date) {
  return new Date(dueAt.getTime() - EMAIL_LEAD_MS);
}

/**
 * The cursor when the due time is set (created, or edited) at `setAt`: the e-mail's instant if a
 * whole day is still ahead, else the due time. A reminder set less than a day before it is due
 * gets no e-mail — its creator has just told the recipients, and a "tomorrow" mail would arrive
 * late or right before the banner.
 */
export function armAlerts(dueAt: Date, setAt: Date) {
  const email = emailInstant(dueAt);
  return setAt.getTime() <= email.getTime() ? email : dueAt;
}

/**
 * What the job sends at `at` for the cursor it finds, and the cursor it leaves. A cursor before the
 * due time means the e-mail was armed; it is sent only while the due time is still ahead (after
 * downtime past the due time the banner says it all). Null: nothing left to send.
 */
export function dueAlerts(reminder: { dueAt: Date; nextAlertAt: Date | null }, at: Date) {
  const { dueAt, nextAlertAt } = reminder;
  if (!nextAlertAt || nextAlertAt.getTime() > at.getTime()) return { email: false, due: false, next: nextAlertAt };
  const due = at.getTime() >= dueAt.getTime();
  const email = nextAlertAt.getTime() < dueAt.getTime() && !due;
  return { email, due, next: due ? null : dueAt };
}

/** The job_effects key of one alert to one recipient: a changed due time is a new alert. */
export function reminderAlertKey(reminderId: string, userId: string, kind: "email" | "due", dueAt: Date) {
  return `reminder:${reminderId}:${userId}:${kind}:${dueAt.toISOString()}`;
}
