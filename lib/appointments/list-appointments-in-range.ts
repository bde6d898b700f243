import "server-only";
import { asc, eq, exists, gt, lt, or, sql } from "drizzle-orm";
import { appointmentAttendees, appointments, customers, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { type AgendaRange, agendaRangeSchema, MAX_RANGE_EVENTS } from "./agenda-range-schemas";
import { mayEditAppointment } from "./may-edit";
import { MAX_DURATION_MINUTES } from "./schemas";

/**
 * The appointments overlapping [from, to) that the actor may see (SPEC W3): everyone's on the
 * Agenda, one member's with `member`, mine (attending or booked) with `mine`. One query: the
 * attendees' names are aggregated beside each row. No appointment is longer than
 * MAX_DURATION_MINUTES, so a lower bound on the start keeps the (org_id, starts_at) index scan to
 * the range itself rather than every earlier appointment.
 */
export async function listAppointmentsInRange(ctx: OrgContext, input: unknown): Promise<AgendaRange> {
  requirePermission(ctx, "calendar.view");
  const q = parseInput(agendaRangeSchema, input);
  const t = ctx.t;
  // Attendee rows of an appointment already in the actor's sight: org-wide, the parent's rule covers them.
  const org = t.orgWide();
  const attendees = org.db
    .select({ names: sql<string[]>`coalesce(array_agg(coalesce(nullif(${users.name}, ''), ${users.email}) order by ${users.name}), '{}')` })
    .from(appointmentAttendees)
    .innerJoin(users, eq(users.id, appointmentAttendees.userId))
    .where(org.where(appointmentAttendees, sql`${appointmentAttendees.appointmentId} = ${appointments.id}`));
  const attends = (userId: string) =>
    exists(
      org.db
        .select({ one: sql`1` })
        .from(appointmentAttendees)
        .where(
          org.where(appointmentAttendees, sql`${appointmentAttendees.appointmentId} = ${appointments.id}`, eq(appointmentAttendees.userId, userId)),
        ),
    );
  const earliestStart = new Date(q.from.getTime() - MAX_DURATION_MINUTES * 60_000);
  const rows = await t.db
    .select({
      id: appointments.id,
      title: appointments.title,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      version: appointments.version,
      createdById: appointments.createdById,
      customer: customers.name,
      attendees: sql<string[]>`(${attendees})`,
    })
    .from(appointments)
    // A customer out of the actor's sight stays unnamed; the appointment is visible by its own rule.
    .leftJoin(customers, t.where(customers, eq(customers.id, appointments.customerId)))
    .where(
      t.where(
        appointments,
        gt(appointments.startsAt, earliestStart),
        lt(appointments.startsAt, q.to),
        gt(appointments.endsAt, q.from),
        q.mine ? or(eq(appointments.createdById, ctx.actor.userId), attends(ctx.actor.userId)) : undefined,
        q.member ? attends(q.member) : undefined,
      ),
    )
    .orderBy(asc(appointments.startsAt), asc(appointments.id))
    .limit(MAX_RANGE_EVENTS + 1);
  if (rows.length > MAX_RANGE_EVENTS) return { status: "tooMany", limit: MAX_RANGE_EVENTS };
  return {
    status: "ok",
    events: rows.map((r) => ({
      id: r.id,
      title: r.title,
      start: r.startsAt.toISOString(),
      end: r.endsAt.toISOString(),
      customer: r.customer,
      attendees: r.attendees,
      version: r.version,
      editable: mayEditAppointment(ctx.actor, r),
    })),
  };
}
