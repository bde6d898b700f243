import "server-only";
import { eq, gt, inArray, lt, ne } from "drizzle-orm";
import { appointmentAttendees, appointments, serviceAssignments, serviceRecords } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";

/** Something already in a person's diary over the asked slot: an appointment or a service record's planned window. */
export type Clash = {
  userId: string;
  kind: "appointment" | "service_record";
  id: string;
  /** The appointment's title or the record's subject; null when the actor may not see that row (only "busy" is said). */
  title: string | null;
  /** The record's number, for "#1042"; null for an appointment. */
  number: number | null;
  startsAt: Date;
  endsAt: Date;
};

export type ClashQuery = {
  userIds: readonly string[];
  startsAt: Date;
  endsAt: Date;
  /** The appointment being moved or edited, which does not clash with itself. */
  exceptAppointmentId?: string;
  /** The record being planned, likewise. */
  exceptRecordId?: string;
};

/**
 * Who among `userIds` is already booked over [startsAt, endsAt) (SPEC W2, W7; issue 13). Slots are
 * half-open: one ending at 10:00 and one starting at 10:00 touch and do not clash; a minute's
 * overlap does. Detection reads the whole org (a colleague's private slot still makes them busy),
 * but only what the actor may see is named; the rest is a clash without a title. A warning, never
 * a refusal: the caller shows it and lets the user save anyway.
 */
export async function findClashes(t: Tenant, q: ClashQuery): Promise<Clash[]> {
  const userIds = [...new Set(q.userIds)];
  if (userIds.length === 0 || !(q.endsAt > q.startsAt)) return [];
  const org = t.orgWide();
  const [appts, records] = await Promise.all([
    org.db
      .select({
        userId: appointmentAttendees.userId,
        id: appointments.id,
        title: appointments.title,
        startsAt: appointments.startsAt,
        endsAt: appointments.endsAt,
      })
      .from(appointmentAttendees)
      .innerJoin(appointments, org.where(appointments, eq(appointments.id, appointmentAttendees.appointmentId)))
      .where(
        org.where(
          appointmentAttendees,
          inArray(appointmentAttendees.userId, userIds),
          lt(appointments.startsAt, q.endsAt),
          gt(appointments.endsAt, q.startsAt),
          q.exceptAppointmentId ? ne(appointments.id, q.exceptAppointmentId) : undefined,
        ),
      ),
    org.db
      .select({
        userId: serviceAssignments.userId,
        id: serviceRecords.id,
        title: serviceRecords.subject,
        number: serviceRecords.number,
        startsAt: serviceRecords.plannedStart,
        endsAt: serviceRecords.plannedEnd,
      })
      .from(serviceAssignments)
      .innerJoin(serviceRecords, org.where(serviceRecords, eq(serviceRecords.id, serviceAssignments.recordId)))
      .where(
        org.where(
          serviceAssignments,
          inArray(serviceAssignments.userId, userIds),
          // A rejected assignment leaves the person free; a cancelled record frees everyone.
          ne(serviceAssignments.response, "rejected"),
          ne(serviceRecords.status, "cancelled"),
          lt(serviceRecords.plannedStart, q.endsAt),
          gt(serviceRecords.plannedEnd, q.startsAt),
          q.exceptRecordId ? ne(serviceRecords.id, q.exceptRecordId) : undefined,
        ),
      ),
  ]);
  const [seenAppts, seenRecords] = await Promise.all([
    visibleIds(
      t,
      appointments,
      appts.map((a) => a.id),
    ),
    visibleIds(
      t,
      serviceRecords,
      records.map((r) => r.id),
    ),
  ]);
  const clashes: Clash[] = [
    ...appts.map((a) => ({ ...a, kind: "appointment" as const, number: null, title: seenAppts.has(a.id) ? a.title : null })),
    ...records.map((r) => ({
      ...r,
      kind: "service_record" as const,
      startsAt: r.startsAt as Date,
      endsAt: r.endsAt as Date,
      title: seenRecords.has(r.id) ? r.title : null,
      number: seenRecords.has(r.id) ? r.number : null,
    })),
  ];
  return clashes.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.userId.localeCompare(b.userId));
}

async function visibleIds(t: Tenant, table: typeof appointments | typeof serviceRecords, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await t.db
    .select({ id: table.id })
    .from(table)
    .where(t.where(table, inArray(table.id, [...new Set(ids)])));
  return new Set(rows.map((r) => r.id));
}
