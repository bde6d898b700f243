import { MAX_LENGTH } from "@/lib/fields/text";
import { followUpStart, MEETING_SLOT_MINUTES } from "./meeting-slot";

// Client-safe. Outcome "appointment" (SPEC W5, seed 004 "randevu ekle"): the appointment form at
// /<org>/agenda/new opens prefilled from the note; the booked appointment links back to it.

/** How much of the summary's first line goes into the suggested title. */
const SUMMARY_IN_TITLE = 80;

export type FollowUp = {
  customerId: string | null;
  attendeeIds: string[];
  title: string;
  /** ISO instant: the next weekday at the meeting's time (meeting-slot.ts followUpStart). */
  startsAt: string;
  durationMinutes: number;
  fromMeetingNoteId: string;
};

/** "Customer: first line of the summary", within an appointment title's bound. */
export function followUpTitle(customerName: string | null, summary: string | null) {
  const line = (summary ?? "").split(/\r?\n/, 1)[0]!.trim();
  const short = line.length > SUMMARY_IN_TITLE ? `${line.slice(0, SUMMARY_IN_TITLE - 1).trimEnd()}…` : line;
  return [customerName, short].filter(Boolean).join(": ").slice(0, MAX_LENGTH.line);
}

export function followUpOf(
  note: { id: string; customerId: string | null; metAt: Date; summary: string | null },
  customerName: string | null,
  participantIds: string[],
  today: Date,
  timeZone: string,
): FollowUp {
  return {
    customerId: note.customerId,
    attendeeIds: participantIds,
    title: followUpTitle(customerName, note.summary),
    startsAt: followUpStart(note.metAt, today, timeZone).toISOString(),
    durationMinutes: MEETING_SLOT_MINUTES,
    fromMeetingNoteId: note.id,
  };
}

/** The appointment form's URL with the query it reads (customerId, startsAt, durationMinutes, attendeeIds, title, fromMeetingNoteId). */
export function appointmentPrefillHref(orgSlug: string, f: FollowUp) {
  const params = new URLSearchParams();
  if (f.customerId) params.set("customerId", f.customerId);
  params.set("startsAt", f.startsAt);
  params.set("durationMinutes", String(f.durationMinutes));
  if (f.attendeeIds.length) params.set("attendeeIds", f.attendeeIds.join(","));
  if (f.title) params.set("title", f.title);
  params.set("fromMeetingNoteId", f.fromMeetingNoteId);
  return `/${orgSlug}/agenda/new?${params.toString().replace(/%2C/gi, ",")}`;
}
