import "server-only";
import { and, asc, isNotNull, lte } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments } from "@/db/schema";

/** Appointments per sweep: a backlog (after downtime) is worked off minute by minute, earliest first. */
const BATCH = 1000;

/**
 * Appointments of every org with an attendee e-mail due: their cached next instant has come
 * (appointments.next_email_at, lib/appointments/email-plan.ts). The sweep's read, with the
 * owner's connection because it serves all orgs at once (lib/README.md, "Jobs").
 */
export async function findDueAppointmentEmails(at: Date) {
  return db
    .select({ orgId: appointments.orgId, appointmentId: appointments.id })
    .from(appointments)
    .where(and(isNotNull(appointments.nextEmailAt), lte(appointments.nextEmailAt, at)))
    .orderBy(asc(appointments.nextEmailAt))
    .limit(BATCH);
}
