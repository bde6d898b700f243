import "server-only";
import { eq } from "drizzle-orm";
import { appointments, meetingNotes } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getAppointmentInOrgOrThrow, requireMayEditAppointment } from "./internal";
import { appointmentTargetSchema } from "./schemas";

/** Deletes an appointment (the page asks first); only its creator or Manage (W2). Its attendees go with it. */
export async function deleteAppointment(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "calendar.manage");
  const { id } = parseInput(appointmentTargetSchema, input);
  await ctx.t.transaction(async (t) => {
    const current = await getAppointmentInOrgOrThrow(t, id, { lock: true });
    requireMayEditAppointment(ctx, current);
    // A meeting note that booked it stays; it just no longer links anywhere (org-wide: the
    // note may be one the actor cannot see, and the link must not dangle).
    const org = t.orgWide();
    await org.db
      .update(meetingNotes)
      .set({ appointmentId: null })
      .where(org.where(meetingNotes, eq(meetingNotes.appointmentId, id)));
    await t.db.delete(appointments).where(t.where(appointments, eq(appointments.id, id)));
    await recordActivity(ctx, t, { kind: "appointment.deleted", entityId: id, customerId: current.customerId, summary: current.title });
  });
}
