import "server-only";
import { eq } from "drizzle-orm";
import { appointmentAttendees, appointments, customers, memberships, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { renderAppointmentEmail } from "@/lib/email/render-appointment-email";
import { appUrl } from "@/lib/http/app-url";
import { defineOrgJob, type SystemContext } from "@/lib/jobs/define-job";
import { claimEffect } from "@/lib/jobs/once";
import { isWorkingMembership } from "@/lib/members/working-membership";
import { requirePermission } from "@/lib/permissions/require-permission";
import { appointmentEmailKey, appointmentEmailPlan } from "./email-plan";

export type AppointmentEmailsData = { appointmentId: string };

/**
 * SPEC W4: sends what is due of an appointment's e-mails — each attendee once per e-mail and
 * start, by its job_effects key — and writes the next instant (null: nothing left). The row is
 * locked, so a second job for the same appointment waits and then finds the keys claimed. The
 * plan is recomputed from the row, not trusted from the sweep: a move since then is seen.
 */
export async function sendAppointmentEmails(ctx: SystemContext, { appointmentId }: AppointmentEmailsData) {
  requirePermission(ctx, "calendar.view");
  return ctx.t.transaction(async (t) => {
    const [row] = await t.db
      .select()
      .from(appointments)
      .where(t.where(appointments, eq(appointments.id, appointmentId)))
      .for("update");
    if (!row) return 0;
    const plan = appointmentEmailPlan(row.startsAt, ctx.org.timeZone, now());
    let sent = 0;
    if (plan.due.length) {
      const attendees = await t.db
        .select({ userId: users.id, email: users.email, locale: users.locale })
        .from(appointmentAttendees)
        .innerJoin(users, eq(users.id, appointmentAttendees.userId))
        // Only people who still work for the org hear of it (SPEC T8).
        .innerJoin(memberships, t.whereInOrg(memberships, eq(memberships.userId, appointmentAttendees.userId)))
        .where(t.where(appointmentAttendees, eq(appointmentAttendees.appointmentId, row.id), isWorkingMembership()));
      const [customer] = row.customerId
        ? await t.db
            .select({ name: customers.name })
            .from(customers)
            .where(t.where(customers, eq(customers.id, row.customerId)))
        : [];
      for (const kind of plan.due) {
        for (const person of attendees) {
          if (!(await claimEffect(t, appointmentEmailKey(row.id, kind, row.startsAt, person.userId), ctx.actor.job))) continue;
          const email = await renderAppointmentEmail({
            kind,
            locale: person.locale ?? ctx.org.locale,
            timeZone: ctx.org.timeZone,
            org: ctx.org.name,
            appointment: { title: row.title, startsAt: row.startsAt, endsAt: row.endsAt, place: row.place, customer: customer?.name ?? null },
            url: appUrl(`/${ctx.org.slug}/agenda/${row.id}`),
          });
          await enqueueEmail(t.db, { ...email, to: person.email, orgId: ctx.org.id });
          sent++;
        }
      }
    }
    await t.db
      .update(appointments)
      .set({ nextEmailAt: plan.next })
      .where(t.where(appointments, eq(appointments.id, row.id)));
    return sent;
  });
}

export const appointmentEmailsJob = defineOrgJob<AppointmentEmailsData>({
  name: "appointment-emails",
  run: async (ctx, data) => void (await sendAppointmentEmails(ctx, data)),
});
