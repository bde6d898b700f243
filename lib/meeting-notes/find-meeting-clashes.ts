import "server-only";
import { eq, gt, inArray, lt, ne } from "drizzle-orm";
import { customers, meetingNoteParticipants, meetingNotes, users } from "@/db/schema";
import { checkClashes } from "@/lib/appointments/check-clashes";
import type { ClashView } from "@/lib/appointments/clash-answer";
import type { Tenant } from "@/lib/db/tenant";
import { MEETING_SLOT_MINUTES, meetingSlot } from "./meeting-slot";

/**
 * SPEC W5 "same-hour overlap": what a meeting at `metAt` clashes with for any of `userIds`. The
 * meeting takes [metAt, metAt + 1 h) (meeting-slot.ts): appointments and planned service windows
 * come from the one clash finder (lib/appointments/find-clashes.ts); other meeting notes, which
 * take their own hour, clash when they began less than an hour before or after. Detection reads
 * the whole org; a note the actor may not see is only "busy" (title null), one they see is named
 * by its customer ("" when it has none). A warning, never a refusal.
 */
export async function findMeetingClashes(t: Tenant, q: { userIds: readonly string[]; metAt: Date; exceptNoteId?: string }): Promise<ClashView[]> {
  const userIds = [...new Set(q.userIds)];
  if (userIds.length === 0) return [];
  const slot = meetingSlot(q.metAt);
  const org = t.orgWide();
  const [booked, notes] = await Promise.all([
    checkClashes(t, { userIds, ...slot }),
    org.db
      .select({ userId: meetingNoteParticipants.userId, id: meetingNotes.id, metAt: meetingNotes.metAt, customerId: meetingNotes.customerId })
      .from(meetingNoteParticipants)
      .innerJoin(meetingNotes, org.where(meetingNotes, eq(meetingNotes.id, meetingNoteParticipants.noteId)))
      .where(
        org.where(
          meetingNoteParticipants,
          inArray(meetingNoteParticipants.userId, userIds),
          gt(meetingNotes.metAt, new Date(slot.startsAt.getTime() - MEETING_SLOT_MINUTES * 60_000)),
          lt(meetingNotes.metAt, slot.endsAt),
          q.exceptNoteId ? ne(meetingNotes.id, q.exceptNoteId) : undefined,
        ),
      ),
  ]);
  if (notes.length === 0) return booked;
  const noteIds = [...new Set(notes.map((n) => n.id))];
  const [seen, people] = await Promise.all([
    t.db
      .select({ id: meetingNotes.id, customerName: customers.name })
      .from(meetingNotes)
      // The customer's name only where the actor sees the customer too.
      .leftJoin(customers, t.where(customers, eq(customers.id, meetingNotes.customerId)))
      .where(t.where(meetingNotes, inArray(meetingNotes.id, noteIds))),
    t.db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(inArray(users.id, [...new Set(notes.map((n) => n.userId))])),
  ]);
  const titleOf = new Map(seen.map((s) => [s.id, s.customerName ?? ""]));
  const nameOf = new Map(people.map((p) => [p.id, p.name || p.email]));
  const fromNotes: ClashView[] = notes.map((n) => {
    const taken = meetingSlot(n.metAt);
    return {
      userId: n.userId,
      person: nameOf.get(n.userId) ?? "",
      kind: "meeting_note",
      title: titleOf.get(n.id) ?? null,
      number: null,
      startsAt: taken.startsAt.toISOString(),
      endsAt: taken.endsAt.toISOString(),
    };
  });
  return [...booked, ...fromNotes].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.userId.localeCompare(b.userId));
}
