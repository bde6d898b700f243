import "server-only";
import { and, asc, eq, gt, gte, isNull, lt, ne, or } from "drizzle-orm";
import { appointmentAttendees, appointments, contacts, customers, serviceAssignments, serviceRecords, timeEntries } from "@/db/schema";
import { MAX_DURATION_MINUTES } from "@/lib/appointments/schemas";
import { addCivilDays, instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { todayIn } from "@/lib/contracts/today";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { OPEN_STATUSES, type ServiceStatus } from "@/lib/service/status";
import { parseInput } from "@/lib/validation";
import { myDayQuerySchema } from "./schemas";

/** A technician's day is a handful of visits; more than this of one kind is a planning error, not a day to scroll. */
const MAX_PER_KIND = 100;

type Customer = { id: string; name: string } | null;

export type MyDayRecord = {
  kind: "record";
  id: string;
  number: number;
  subject: string;
  status: ServiceStatus;
  startsAt: string;
  /** Null: a visit planned for its start only (a maintenance schedule's). */
  endsAt: string | null;
  customer: Customer;
  address: string | null;
  phone: string | null;
  /** Whose number `phone` is when it is the record's contact's (else it is the company's). */
  phoneOf: string | null;
  /** What the timer and check-in/out controls need, as the record page's timer card has it. */
  timer: { recordId: string; isOpen: boolean; canLog: boolean; checkInAt: string | null; checkOutAt: string | null; runningSince: string | null };
};

export type MyDayAppointment = {
  kind: "appointment";
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  customer: Customer;
  address: string | null;
  phone: string | null;
};

export type MyDayItem = MyDayRecord | MyDayAppointment;

/**
 * "My day" (issue 13 item 6, SPEC W7): the service records assigned to the actor with a planned
 * window on the day and the appointments they attend that day, in time order, with what a
 * technician on the road needs — the address, a phone to call, check-in/out and the timer.
 *
 * The day is the org's (a visit at 00:30 in Istanbul is that day's, though it is the evening
 * before in UTC). A record counts when its window overlaps the day; one planned by its start only
 * when that start is in the day. Cancelled records are gone from the day; completed ones stay,
 * marked, since the visit did happen. A rejected assignment is no longer the actor's work.
 *
 * Both reads start from the actor's own rows — service_assignments and appointment_attendees by
 * their (org_id, user_id) indexes — and reach the records and appointments by primary key, so the
 * day costs one person's work, not the org's; both go through the seam, so visibility applies.
 */
export async function listMyDay(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.view");
  requirePermission(ctx, "calendar.view");
  const query = parseInput(myDayQuerySchema, input);
  const t = ctx.t;
  const me = ctx.actor.userId;
  const today = todayIn(ctx.org.timeZone, now());
  const date = query.date ?? today;
  const day = parseCivilDate(date);
  const from = new Date(instantAt(day, 0, ctx.org.timeZone));
  const to = new Date(instantAt(addCivilDays(day, 1), 0, ctx.org.timeZone));
  // No appointment is longer than this, so a lower bound on its start keeps the scan to the day.
  const earliestStart = new Date(from.getTime() - MAX_DURATION_MINUTES * 60_000);

  const [records, appts] = await Promise.all([
    t.db
      .select({
        id: serviceRecords.id,
        number: serviceRecords.number,
        subject: serviceRecords.subject,
        status: serviceRecords.status,
        plannedStart: serviceRecords.plannedStart,
        plannedEnd: serviceRecords.plannedEnd,
        customerId: customers.id,
        customerName: customers.name,
        address: customers.address,
        customerPhone: customers.phone,
        customerWorkPhone: customers.workPhone,
        contactName: contacts.name,
        contactPhone: contacts.phone,
        checkInAt: serviceAssignments.checkInAt,
        checkOutAt: serviceAssignments.checkOutAt,
        runningSince: timeEntries.startedAt,
      })
      .from(serviceAssignments)
      .innerJoin(
        serviceRecords,
        t.where(
          serviceRecords,
          eq(serviceRecords.id, serviceAssignments.recordId),
          ne(serviceRecords.status, "cancelled"),
          lt(serviceRecords.plannedStart, to),
          or(gt(serviceRecords.plannedEnd, from), and(isNull(serviceRecords.plannedEnd), gte(serviceRecords.plannedStart, from))),
        ),
      )
      // A record in the actor's sight names its customer and contact (as its page does): the
      // technician has to find the place and call the person even outside their customer scope.
      .leftJoin(customers, t.whereInOrg(customers, eq(customers.id, serviceRecords.customerId)))
      .leftJoin(contacts, t.whereInOrg(contacts, eq(contacts.id, serviceRecords.contactId)))
      // The actor's running entry on this record, if any (at most one per person, by a unique index).
      .leftJoin(
        timeEntries,
        t.where(timeEntries, eq(timeEntries.recordId, serviceRecords.id), eq(timeEntries.userId, me), isNull(timeEntries.stoppedAt)),
      )
      .where(t.where(serviceAssignments, eq(serviceAssignments.userId, me), ne(serviceAssignments.response, "rejected")))
      .orderBy(asc(serviceRecords.plannedStart), asc(serviceRecords.number))
      .limit(MAX_PER_KIND),
    t.db
      .select({
        id: appointments.id,
        title: appointments.title,
        startsAt: appointments.startsAt,
        endsAt: appointments.endsAt,
        place: appointments.place,
        customerId: customers.id,
        customerName: customers.name,
        address: customers.address,
        customerPhone: customers.phone,
        customerWorkPhone: customers.workPhone,
      })
      .from(appointmentAttendees)
      .innerJoin(
        appointments,
        t.where(
          appointments,
          eq(appointments.id, appointmentAttendees.appointmentId),
          gt(appointments.startsAt, earliestStart),
          lt(appointments.startsAt, to),
          gt(appointments.endsAt, from),
        ),
      )
      // As on the Agenda: a customer out of the actor's sight stays unnamed; the place still shows.
      .leftJoin(customers, t.where(customers, eq(customers.id, appointments.customerId)))
      .where(t.where(appointmentAttendees, eq(appointmentAttendees.userId, me)))
      .orderBy(asc(appointments.startsAt), asc(appointments.id))
      .limit(MAX_PER_KIND),
  ]);

  const canLog = can(ctx.actor, "timeEntries.log");
  const customerOf = (r: { customerId: string | null; customerName: string | null }): Customer =>
    r.customerId && r.customerName !== null ? { id: r.customerId, name: r.customerName } : null;
  const items: MyDayItem[] = [
    ...records.map((r): MyDayRecord => ({
      kind: "record",
      id: r.id,
      number: r.number,
      subject: r.subject,
      status: r.status,
      // The join's condition has made it non-null.
      startsAt: r.plannedStart!.toISOString(),
      endsAt: r.plannedEnd?.toISOString() ?? null,
      customer: customerOf(r),
      address: r.address,
      // The person who asked first, then the company's own lines.
      phone: r.contactPhone ?? r.customerPhone ?? r.customerWorkPhone,
      phoneOf: r.contactPhone ? r.contactName : null,
      timer: {
        recordId: r.id,
        isOpen: OPEN_STATUSES.includes(r.status),
        canLog,
        checkInAt: r.checkInAt?.toISOString() ?? null,
        checkOutAt: r.checkOutAt?.toISOString() ?? null,
        runningSince: r.runningSince?.toISOString() ?? null,
      },
    })),
    ...appts.map((a): MyDayAppointment => ({
      kind: "appointment",
      id: a.id,
      title: a.title,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
      customer: customerOf(a),
      // The appointment's own place wins: it may be somewhere other than the customer's office.
      address: a.place ?? a.address,
      phone: a.customerPhone ?? a.customerWorkPhone,
    })),
  ];
  // ISO instants in UTC sort as text; at the same minute a record comes before an appointment.
  items.sort((x, y) => x.startsAt.localeCompare(y.startsAt) || (x.kind === y.kind ? 0 : x.kind === "record" ? -1 : 1));
  return { date, isToday: date === today, startsAt: from.toISOString(), items };
}

export type MyDay = Awaited<ReturnType<typeof listMyDay>>;
