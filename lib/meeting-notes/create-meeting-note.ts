import "server-only";
import { meetingNotes } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { ClashAnswer } from "@/lib/appointments/clash-answer";
import { now } from "@/lib/clock";
import { insertContact } from "@/lib/contacts/insert-contact";
import type { OrgContext } from "@/lib/context";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { findMeetingClashes } from "./find-meeting-clashes";
import { type FollowUp, followUpOf } from "./follow-up";
import { assertCustomerContacts, assertParticipants, getMeetingCustomerOrThrow, replaceNotePeople } from "./internal";
import { meetingNoteSchemasFor } from "./schemas";

export type SavedMeetingNote = { id: string; version: number; followUp: FollowUp | null };

/**
 * SPEC W5. A same-hour clash of any participant not yet acknowledged answers with the clashes and
 * saves nothing; acknowledged, it saves. "Someone else" met becomes a contact of the customer in
 * the same transaction (so needs `contacts.create` and the customer in the write scope); a
 * refused contact saves no note. Outcome "appointment" answers with the appointment to suggest.
 */
export async function createMeetingNote(ctx: OrgContext, input: unknown): Promise<ClashAnswer<SavedMeetingNote>> {
  requirePermission(ctx, "meetings.create");
  const { idempotencyKey, acknowledgeClashes, participantIds, contactIds, newContact, ...fields } = parseInput(
    meetingNoteSchemasFor(ctx.org.phoneCountry).create,
    input,
  );
  if (newContact) requirePermission(ctx, "contacts.create");
  return ctx.t.transaction(async (t) => {
    const customer = await getMeetingCustomerOrThrow(t, fields.customerId);
    await assertParticipants(t, participantIds);
    await assertCustomerContacts(t, customer.id, contactIds);
    if (!acknowledgeClashes) {
      const clashes = await findMeetingClashes(t, { userIds: participantIds, metAt: fields.metAt });
      if (clashes.length) return { status: "clashes" as const, clashes };
    }
    const value = await createOnce(ctx, t, "meetings.create", idempotencyKey, async () => {
      const [row] = await t.db
        .insert(meetingNotes)
        .values(t.values({ ...fields, createdById: ctx.actor.userId }))
        .returning();
      const met = newContact ? [...contactIds, await insertContact(ctx, t, { ...newContact, customerId: customer.id })] : contactIds;
      await replaceNotePeople(t, row!.id, { participantIds, contactIds: met });
      await recordActivity(ctx, t, { kind: "meeting_note.created", entityId: row!.id, customerId: customer.id, summary: customer.name });
      const followUp = row!.outcome === "appointment" ? followUpOf(row!, customer.name, participantIds, now(), ctx.org.timeZone) : null;
      return { id: row!.id, version: row!.version, followUp };
    });
    return { status: "saved" as const, value };
  });
}
