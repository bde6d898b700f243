import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { MeetingOutcome } from "@/db/schema/enum-values";

// Client-safe: what the meeting-note form starts from — a new note (now, the writer taking part,
// the customer page's customer) or the note being edited — with the time in the org's zone.

/** What the form holds: the day and wall-clock time in the org's zone ("2026-12-10", "10:00"). */
export type MeetingNoteFormInitial = {
  id?: string;
  version?: number;
  customerId: string;
  date: string;
  time: string;
  participantIds: string[];
  contactIds: string[];
  /** Unset until chosen: the outcome is a decision, not a default. */
  outcome?: MeetingOutcome;
  summary: string;
};

function split(at: Date, timeZone: string) {
  const local = new TZDate(at.getTime(), timeZone);
  return { date: format(local, "yyyy-MM-dd"), time: format(local, "HH:mm") };
}

/** A note is mostly written just after the meeting: today, the current minute, the writer taking part. */
export function newMeetingNoteInitial(me: string, at: Date, timeZone: string, customerId: string | null): MeetingNoteFormInitial {
  return { customerId: customerId ?? "", ...split(at, timeZone), participantIds: [me], contactIds: [], summary: "" };
}

export function editMeetingNoteInitial(
  note: {
    id: string;
    version: number;
    customerId: string | null;
    metAt: Date;
    participantIds: string[];
    contactIds: string[];
    outcome: MeetingOutcome;
    summary: string | null;
  },
  timeZone: string,
): MeetingNoteFormInitial {
  return {
    id: note.id,
    version: note.version,
    customerId: note.customerId ?? "",
    ...split(note.metAt, timeZone),
    participantIds: note.participantIds,
    contactIds: note.contactIds,
    outcome: note.outcome,
    summary: note.summary ?? "",
  };
}
