import "server-only";
import { eq } from "drizzle-orm";
import { meetingNotes } from "@/db/schema";
import { diffFields, recordActivity } from "@/lib/activity/record-activity";
import type { ClashAnswer } from "@/lib/appointments/clash-answer";
import { now } from "@/lib/clock";
import { insertContact } from "@/lib/contacts/insert-contact";
import type { OrgContext } from "@/lib/context";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import type { SavedMeetingNote } from "./create-meeting-note";
import { findMeetingClashes } from "./find-meeting-clashes";
import { followUpOf } from "./follow-up";
import {
  assertCustomerContacts,
  assertParticipants,
  contactIdsOf,
  getMeetingCustomerOrThrow,
  getMeetingNoteInOrgOrThrow,
  mayEditNote,
  participantIdsOf,
  replaceNotePeople,
} from "./internal";
import { meetingNoteSchemasFor } from "./schemas";

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v) => b.includes(v));

/**
 * Saves over the version the user loaded (a save in between is "staleVersion", nothing changes).
 * Edit level edits any note it may change; Contribute only the notes it wrote. The same-hour check
 * runs again only when the time or the participants change, and never counts the note itself.
 */
export async function updateMeetingNote(ctx: OrgContext, input: unknown): Promise<ClashAnswer<SavedMeetingNote>> {
  requirePermission(ctx, "meetings.create");
  const { id, version, acknowledgeClashes, participantIds, contactIds, newContact, ...fields } = parseInput(
    meetingNoteSchemasFor(ctx.org.phoneCountry).update,
    input,
  );
  if (newContact) requirePermission(ctx, "contacts.create");
  return ctx.t.transaction(async (t) => {
    const current = await getMeetingNoteInOrgOrThrow(t, id, { lock: true });
    if (!mayEditNote(ctx, current)) throw new ForbiddenError("meetings.update");
    if (current.version !== version) throw new ConflictError("staleVersion");
    const customer = await getMeetingCustomerOrThrow(t, fields.customerId);
    const [participantsBefore, contactsBefore] = await Promise.all([participantIdsOf(t, id), contactIdsOf(t, id)]);
    if (!sameSet(participantIds, participantsBefore)) await assertParticipants(t, participantIds);
    // A contact met before stays valid as it is; new ones must be this customer's.
    await assertCustomerContacts(
      t,
      customer.id,
      contactIds.filter((c) => !contactsBefore.includes(c) || customer.id !== current.customerId),
    );
    const moved = fields.metAt.getTime() !== current.metAt.getTime() || !sameSet(participantIds, participantsBefore);
    if (moved && !acknowledgeClashes) {
      const clashes = await findMeetingClashes(t, { userIds: participantIds, metAt: fields.metAt, exceptNoteId: id });
      if (clashes.length) return { status: "clashes" as const, clashes };
    }
    const met = newContact ? [...contactIds, await insertContact(ctx, t, { ...newContact, customerId: customer.id })] : contactIds;
    const changes = diffFields(current, fields);
    const peopleChanged = !sameSet(participantIds, participantsBefore) || !sameSet(met, contactsBefore);
    const followUp = (row: typeof current) =>
      row.outcome === "appointment" ? followUpOf(row, customer.name, participantIds, now(), ctx.org.timeZone) : null;
    if (Object.keys(changes).length === 0 && !peopleChanged) return { status: "saved" as const, value: { id, version, followUp: followUp(current) } };
    const [row] = await t.db
      .update(meetingNotes)
      .set({ ...fields, version: version + 1 })
      .where(t.where(meetingNotes, eq(meetingNotes.id, id)))
      .returning();
    if (peopleChanged) await replaceNotePeople(t, id, { participantIds, contactIds: met });
    await recordActivity(ctx, t, { kind: "meeting_note.updated", entityId: id, customerId: customer.id, summary: customer.name });
    if (current.customerId && current.customerId !== customer.id) {
      await recordActivity(ctx, t, { kind: "meeting_note.updated", entityId: id, customerId: current.customerId, summary: customer.name });
    }
    return { status: "saved" as const, value: { id, version: version + 1, followUp: followUp(row!) } };
  });
}
