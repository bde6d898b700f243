import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { appointmentAttendees, appointments, customers, memberships, type Appointment } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { isWorkingMembership } from "@/lib/members/working-membership";
import { refuseOutOfScope } from "@/lib/visibility/refuse-out-of-scope";
import type { OrgContext } from "@/lib/context";
import type { Actor } from "@/lib/permissions/actor";
import { mayEditAppointment } from "./may-edit";

// Steps the appointment verbs share; they run after the caller's guard.

export async function getAppointmentInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}): Promise<Appointment> {
  // A lock is for a change: it reads through the write scope.
  const byId = eq(appointments.id, id);
  const query = t.db
    .select()
    .from(appointments)
    .where(options.lock ? t.whereWritable(appointments, byId) : t.where(appointments, byId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) {
    if (options.lock) await refuseOutOfScope(t, appointments, byId, "appointment");
    throw new NotFoundError("appointment");
  }
  return row;
}

/** A customer the actor cannot see is a field error like any unknown id, never a hint that it exists. */
export async function assertAppointmentCustomer(t: Tenant, customerId: string | null) {
  if (!customerId) return;
  const [row] = await t.db
    .select({ id: customers.id })
    .from(customers)
    .where(t.where(customers, eq(customers.id, customerId)));
  if (!row) throw new ValidationError({ customerId: "invalid" });
}

/**
 * Attendees must still work for the org (SPEC T8). Read org-wide: whom one may book does not
 * depend on whose customers one sees.
 */
export async function assertAttendees(t: Tenant, userIds: readonly string[]) {
  const rows = await t.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(t.whereInOrg(memberships, and(inArray(memberships.userId, [...userIds]), isWorkingMembership())));
  if (rows.length !== new Set(userIds).size) throw new ValidationError({ attendeeIds: "invalid" });
}

export async function attendeeIdsOf(t: Tenant, appointmentId: string) {
  const org = t.orgWide();
  const rows = await org.db
    .select({ userId: appointmentAttendees.userId })
    .from(appointmentAttendees)
    .where(org.where(appointmentAttendees, eq(appointmentAttendees.appointmentId, appointmentId)));
  return rows.map((r) => r.userId);
}

/** Sets the attendee list to `userIds`; true when it changed. */
export async function replaceAttendees(t: Tenant, appointmentId: string, userIds: readonly string[]) {
  const before = await attendeeIdsOf(t, appointmentId);
  const wanted = new Set(userIds);
  const gone = before.filter((id) => !wanted.has(id));
  const added = [...wanted].filter((id) => !before.includes(id));
  // Org-wide: an attendee row is the appointment's, already locked through the write scope.
  const org = t.orgWide();
  if (gone.length)
    await org.db
      .delete(appointmentAttendees)
      .where(org.where(appointmentAttendees, eq(appointmentAttendees.appointmentId, appointmentId), inArray(appointmentAttendees.userId, gone)));
  if (added.length) await org.db.insert(appointmentAttendees).values(added.map((userId) => org.values({ appointmentId, userId })));
  return gone.length + added.length > 0;
}

/** The second guard of update, delete and move, once the row is loaded: its creator or Manage (W2). */
export function requireMayEditAppointment(ctx: OrgContext<Actor>, appointment: { createdById: string | null }) {
  if (!mayEditAppointment(ctx.actor, appointment)) throw new ForbiddenError("calendar.manageOthers");
}
