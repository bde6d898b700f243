import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { contacts, customers, meetingNoteContacts, meetingNoteParticipants, meetingNotes, memberships, type MeetingNote } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { isWorkingMembership } from "@/lib/members/working-membership";
import { can } from "@/lib/permissions/can";
import { refuseOutOfScope } from "@/lib/visibility/refuse-out-of-scope";

// Steps the meeting-note verbs share; they run after the caller's guard.

export async function getMeetingNoteInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}): Promise<MeetingNote> {
  // A lock is for a change: it reads through the write scope.
  const byId = eq(meetingNotes.id, id);
  const query = t.db
    .select()
    .from(meetingNotes)
    .where(options.lock ? t.whereWritable(meetingNotes, byId) : t.where(meetingNotes, byId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) {
    if (options.lock) await refuseOutOfScope(t, meetingNotes, byId, "meetingNote");
    throw new NotFoundError("meetingNote");
  }
  return row;
}

/** The customer met, by name; one the actor cannot see is a field error like any unknown id. */
export async function getMeetingCustomerOrThrow(t: Tenant, customerId: string) {
  const [row] = await t.db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(t.where(customers, eq(customers.id, customerId)));
  if (!row) throw new ValidationError({ customerId: "invalid" });
  return row;
}

/** Participants must still work for the org (SPEC T8); read org-wide, like appointment attendees. */
export async function assertParticipants(t: Tenant, userIds: readonly string[]) {
  const rows = await t.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(t.whereInOrg(memberships, and(inArray(memberships.userId, [...userIds]), isWorkingMembership())));
  if (rows.length !== new Set(userIds).size) throw new ValidationError({ participantIds: "invalid" });
}

/** The people met must be contacts of the note's customer that the actor sees. */
export async function assertCustomerContacts(t: Tenant, customerId: string, contactIds: readonly string[]) {
  if (contactIds.length === 0) return;
  const rows = await t.db
    .select({ id: contacts.id })
    .from(contacts)
    .where(t.where(contacts, eq(contacts.customerId, customerId), inArray(contacts.id, [...contactIds])));
  if (rows.length !== contactIds.length) throw new ValidationError({ contactIds: "invalid" });
}

export async function participantIdsOf(t: Tenant, noteId: string) {
  // Org-wide: the note is already read through the actor's scope; its rows are all of it.
  const org = t.orgWide();
  const rows = await org.db
    .select({ userId: meetingNoteParticipants.userId })
    .from(meetingNoteParticipants)
    .where(org.where(meetingNoteParticipants, eq(meetingNoteParticipants.noteId, noteId)));
  return rows.map((r) => r.userId);
}

export async function contactIdsOf(t: Tenant, noteId: string) {
  const org = t.orgWide();
  const rows = await org.db
    .select({ contactId: meetingNoteContacts.contactId })
    .from(meetingNoteContacts)
    .where(org.where(meetingNoteContacts, eq(meetingNoteContacts.noteId, noteId)));
  return rows.map((r) => r.contactId);
}

/** Writes the note's participants and people met as given (the note is locked or new). */
export async function replaceNotePeople(t: Tenant, noteId: string, people: { participantIds: readonly string[]; contactIds: readonly string[] }) {
  const org = t.orgWide();
  await org.db.delete(meetingNoteParticipants).where(org.where(meetingNoteParticipants, eq(meetingNoteParticipants.noteId, noteId)));
  await org.db.delete(meetingNoteContacts).where(org.where(meetingNoteContacts, eq(meetingNoteContacts.noteId, noteId)));
  await org.db.insert(meetingNoteParticipants).values(people.participantIds.map((userId) => org.values({ noteId, userId })));
  if (people.contactIds.length)
    await org.db.insert(meetingNoteContacts).values(people.contactIds.map((contactId) => org.values({ noteId, contactId })));
}

/**
 * Editing a note is `meetings.update` (Edit) — or its writer's own note with `meetings.create`
 * (Contribute), who may correct what they wrote but not colleagues' notes.
 */
export function mayEditNote(ctx: OrgContext, note: Pick<MeetingNote, "createdById">) {
  return can(ctx.actor, "meetings.update") || (can(ctx.actor, "meetings.create") && note.createdById === ctx.actor.userId);
}
