import "server-only";
import { eq } from "drizzle-orm";
import { appointmentAttendees, appointments, meetingNotes } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { checkClashes } from "./check-clashes";
import type { ClashAnswer } from "./clash-answer";
import { nextEmailAtFor } from "./email-plan";
import { assertAppointmentCustomer, assertAttendees } from "./internal";
import { createAppointmentSchema } from "./schemas";

/**
 * SPEC W2. Anyone with calendar.manage books, for colleagues too (the booker need not attend). A
 * clash not yet acknowledged answers with the clashes and saves nothing; acknowledged, it saves.
 * Booked from a meeting note the actor may change, the note links to it in the same transaction.
 */
export async function createAppointment(ctx: OrgContext, input: unknown): Promise<ClashAnswer<{ id: string; version: number }>> {
  requirePermission(ctx, "calendar.manage");
  const { idempotencyKey, fromMeetingNoteId, acknowledgeClashes, attendeeIds, ...fields } = parseInput(createAppointmentSchema, input);
  return ctx.t.transaction(async (t) => {
    await assertAppointmentCustomer(t, fields.customerId);
    await assertAttendees(t, attendeeIds);
    if (!acknowledgeClashes) {
      const clashes = await checkClashes(t, { userIds: attendeeIds, startsAt: fields.startsAt, endsAt: fields.endsAt });
      if (clashes.length) return { status: "clashes" as const, clashes };
    }
    const value = await createOnce(ctx, t, "appointments.create", idempotencyKey, async () => {
      const [row] = await t.db
        .insert(appointments)
        .values(t.values({ ...fields, createdById: ctx.actor.userId, nextEmailAt: nextEmailAtFor(fields.startsAt, ctx.org.timeZone, now()) }))
        .returning({ id: appointments.id, version: appointments.version });
      await t.db.insert(appointmentAttendees).values(attendeeIds.map((userId) => t.values({ appointmentId: row!.id, userId })));
      if (fromMeetingNoteId) {
        // Only a note the actor may change is linked; another one is left as it is (no hint it exists).
        await t.db
          .update(meetingNotes)
          .set({ appointmentId: row!.id })
          .where(t.whereWritable(meetingNotes, eq(meetingNotes.id, fromMeetingNoteId)));
      }
      await recordActivity(ctx, t, { kind: "appointment.created", entityId: row!.id, customerId: fields.customerId, summary: fields.title });
      return { id: row!.id, version: row!.version };
    });
    return { status: "saved" as const, value };
  });
}
