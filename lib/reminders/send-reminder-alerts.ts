import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { customers, memberships, reminderRecipients, reminders, users, type Reminder } from "@/db/schema";
import { now } from "@/lib/clock";
import type { Tenant } from "@/lib/db/tenant";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { renderReminderEmail } from "@/lib/email/render-reminder-email";
import { appUrl } from "@/lib/http/app-url";
import { defineOrgJob, type SystemContext } from "@/lib/jobs/define-job";
import { claimEffect } from "@/lib/jobs/once";
import { isWorkingMembership } from "@/lib/members/working-membership";
import { notificationHref } from "@/lib/notifications/notification-href";
import { notify } from "@/lib/notifications/notify";
import { requirePermission } from "@/lib/permissions/require-permission";
import { dueAlerts, reminderAlertKey } from "./alerts";
import { summaryOf } from "./internal";

export type ReminderAlertsData = { reminderId: string };

/** The reminder's recipients who still work for the org (SPEC T8), with their address and language. */
async function recipientsOf(t: Tenant, reminderId: string) {
  return (
    t.db
      .select({ userId: users.id, email: users.email, locale: users.locale })
      .from(reminderRecipients)
      .innerJoin(users, eq(users.id, reminderRecipients.userId))
      // Only people who still work for the org hear of it (SPEC T8); the membership is the org's own row.
      .innerJoin(memberships, t.whereInOrg(memberships, eq(memberships.userId, reminderRecipients.userId), isWorkingMembership()))
      .where(t.where(reminderRecipients, eq(reminderRecipients.reminderId, reminderId)))
  );
}

type Loaded = { reminder: Reminder; customerName: string | null; creatorName: string | null };

async function sendEmails(ctx: SystemContext, t: Tenant<Tx>, row: Loaded, people: Awaited<ReturnType<typeof recipientsOf>>) {
  const { reminder } = row;
  for (const person of people) {
    if (!(await claimEffect(t, reminderAlertKey(reminder.id, person.userId, "email", reminder.dueAt), ctx.actor.job))) continue;
    const rendered = await renderReminderEmail({
      locale: person.locale ?? ctx.org.locale,
      timeZone: ctx.org.timeZone,
      org: ctx.org.name,
      body: reminder.body,
      dueAt: reminder.dueAt,
      customer: row.customerName,
      creator: row.creatorName,
      url: appUrl(notificationHref(ctx.org.slug, { entityType: "reminder", entityId: reminder.id })),
    });
    await enqueueEmail(t.db, { ...rendered, to: person.email, orgId: t.orgId });
  }
}

async function sendNotifications(ctx: SystemContext, t: Tenant<Tx>, row: Loaded, people: Awaited<ReturnType<typeof recipientsOf>>) {
  const { reminder } = row;
  const fresh: string[] = [];
  for (const person of people) {
    if (await claimEffect(t, reminderAlertKey(reminder.id, person.userId, "due", reminder.dueAt), ctx.actor.job)) fresh.push(person.userId);
  }
  await notify(ctx, t, {
    kind: "reminder_due",
    recipients: fresh,
    entity: { type: "reminder", id: reminder.id, customerId: reminder.customerId },
    params: { subject: summaryOf(reminder.body), customer: row.customerName ?? "", date: reminder.dueAt.toISOString() },
    key: `reminder:${reminder.id}:due:${reminder.dueAt.toISOString()}`,
  });
}

/**
 * Sends what of one reminder is due by now() (SPEC W6), each alert once per recipient: the e-mail
 * a day before, the notification at the due time (the banner needs nothing sent: it reads the due
 * time). Each key names the reminder, the recipient, the alert and the due instant, claimed in this
 * transaction; then the cursor moves on or is cleared.
 */
export async function sendReminderAlerts(ctx: SystemContext, { reminderId }: ReminderAlertsData) {
  requirePermission(ctx, "reminders.manage");
  return ctx.t.transaction(async (t) => {
    const [row] = await t.db
      .select({ reminder: reminders, customerName: customers.name, creatorName: users.name })
      .from(reminders)
      .leftJoin(customers, t.where(customers, eq(customers.id, reminders.customerId)))
      .leftJoin(users, eq(users.id, reminders.createdById))
      .where(t.where(reminders, eq(reminders.id, reminderId)))
      // Locked: an edit of the due time waits for this run (or this run for it), so the cursor
      // written last is the one for the due time saved last; a second job finds the moved cursor.
      .for("update", { of: reminders });
    if (!row) return;
    const plan = dueAlerts(row.reminder, now());
    if (!plan.email && !plan.due) return;
    const people = await recipientsOf(t, reminderId);
    if (plan.email) await sendEmails(ctx, t, row, people);
    if (plan.due) await sendNotifications(ctx, t, row, people);
    await t.db
      .update(reminders)
      .set({ nextAlertAt: plan.next })
      .where(t.where(reminders, eq(reminders.id, reminderId)));
  });
}

export const reminderAlertsJob = defineOrgJob<ReminderAlertsData>({
  name: "reminder-alerts",
  run: (ctx, data) => sendReminderAlerts(ctx, data),
});
