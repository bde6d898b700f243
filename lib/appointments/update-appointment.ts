import "server-only";
import { eq } from "drizzle-orm";
import { appointments } from "@/db/schema";
import { diffFields, recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { checkClashes } from "./check-clashes";
import type { ClashAnswer } from "./clash-answer";
import { nextEmailAtFor } from "./email-plan";
import {
  assertAppointmentCustomer,
  assertAttendees,
  attendeeIdsOf,
  getAppointmentInOrgOrThrow,
  replaceAttendees,
  requireMayEditAppointment,
} from "./internal";
import { updateAppointmentSchema } from "./schemas";

/**
 * Saves over the version the user loaded ("staleVersion" otherwise); only its creator or Manage
 * (W2). A clash not yet acknowledged saves nothing. A new slot or new attendees re-arm the
 * e-mails: their keys name the start and the attendee (lib/appointments/email-plan.ts).
 */
export async function updateAppointment(ctx: OrgContext, input: unknown): Promise<ClashAnswer<{ id: string; version: number }>> {
  requirePermission(ctx, "calendar.manage");
  const { id, version, acknowledgeClashes, attendeeIds, ...fields } = parseInput(updateAppointmentSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getAppointmentInOrgOrThrow(t, id, { lock: true });
    requireMayEditAppointment(ctx, current);
    if (current.version !== version) throw new ConflictError("staleVersion");
    if (fields.customerId !== current.customerId) await assertAppointmentCustomer(t, fields.customerId);
    await assertAttendees(t, attendeeIds);
    if (!acknowledgeClashes) {
      const clashes = await checkClashes(t, { userIds: attendeeIds, startsAt: fields.startsAt, endsAt: fields.endsAt, exceptAppointmentId: id });
      if (clashes.length) return { status: "clashes" as const, clashes };
    }
    const before = await attendeeIdsOf(t, id);
    const changes = diffFields({ ...current, attendeeIds: [...before].sort() }, { ...fields, attendeeIds: [...attendeeIds].sort() });
    if (Object.keys(changes).length === 0) return { status: "saved" as const, value: { id, version } };
    await t.db
      .update(appointments)
      .set({ ...fields, version: version + 1, nextEmailAt: nextEmailAtFor(fields.startsAt, ctx.org.timeZone, now()) })
      .where(t.where(appointments, eq(appointments.id, id)));
    await replaceAttendees(t, id, attendeeIds);
    await recordActivity(ctx, t, { kind: "appointment.updated", entityId: id, customerId: fields.customerId, summary: fields.title, changes });
    return { status: "saved" as const, value: { id, version: version + 1 } };
  });
}
