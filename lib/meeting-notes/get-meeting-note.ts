import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { appointments, contacts, customers, users } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { followUpOf } from "./follow-up";
import { contactIdsOf, getMeetingNoteInOrgOrThrow, mayEditNote, participantIdsOf } from "./internal";
import { meetingNoteTargetSchema } from "./schemas";

/**
 * A meeting note with its customer, participants, people met, the appointment booked from it, and
 * what the actor may do. Customer, contacts and appointment the actor cannot see are left out.
 */
export async function getMeetingNote(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "meetings.view");
  const { id } = parseInput(meetingNoteTargetSchema, input);
  const t = ctx.t;
  const row = await getMeetingNoteInOrgOrThrow(t, id);
  const [participantIds, contactIds] = await Promise.all([participantIdsOf(t, id), contactIdsOf(t, id)]);
  const people = [...new Set([...participantIds, ...(row.createdById ? [row.createdById] : [])])];
  const [names, [customer], met, [appointment]] = await Promise.all([
    people.length ? t.db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, people)) : [],
    row.customerId
      ? t.db
          .select({ id: customers.id, name: customers.name })
          .from(customers)
          .where(t.where(customers, eq(customers.id, row.customerId)))
      : [],
    contactIds.length
      ? t.db
          .select({ id: contacts.id, name: contacts.name, email: contacts.email, phone: contacts.phone })
          .from(contacts)
          .where(t.where(contacts, inArray(contacts.id, contactIds)))
          .orderBy(asc(contacts.name))
      : [],
    row.appointmentId
      ? t.db
          .select({ id: appointments.id, title: appointments.title, startsAt: appointments.startsAt, endsAt: appointments.endsAt })
          .from(appointments)
          .where(t.where(appointments, eq(appointments.id, row.appointmentId)))
      : [],
  ]);
  const nameOf = (userId: string) => {
    const n = names.find((p) => p.id === userId);
    return n ? n.name || n.email : "";
  };
  return {
    ...row,
    customer: customer ?? null,
    participants: participantIds.map((userId) => ({ id: userId, name: nameOf(userId) })).sort((a, b) => a.name.localeCompare(b.name)),
    participantIds,
    contactsMet: met,
    contactIds,
    createdByName: row.createdById ? nameOf(row.createdById) : null,
    appointment: appointment ?? null,
    /** Outcome "appointment" with none booked yet: the appointment to suggest (the detail page's button). */
    followUp:
      row.outcome === "appointment" && !row.appointmentId && can(ctx.actor, "calendar.manage")
        ? followUpOf(row, customer?.name ?? null, participantIds, now(), ctx.org.timeZone)
        : null,
    may: { edit: mayEditNote(ctx, row), delete: can(ctx.actor, "meetings.delete") },
  };
}

export type MeetingNoteDetail = Awaited<ReturnType<typeof getMeetingNote>>;
