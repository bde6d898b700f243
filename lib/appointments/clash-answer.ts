// Client-safe: what a save answers when the slot clashes (SPEC W2). The appointment form, the
// calendar's drag-to-move and dispatch show it with components/appointments/clash-warning.tsx.

/** One clash as the warning names it: who, what ("title", "#1042 subject" or busy) and when. */
export type ClashView = {
  userId: string;
  person: string;
  /** `meeting_note`: another meeting of the person in the same hour (SPEC W5, lib/meeting-notes/meeting-slot.ts). */
  kind: "appointment" | "service_record" | "meeting_note";
  /** Null: the actor may not see that row; the warning says "busy". */
  title: string | null;
  number: number | null;
  startsAt: string;
  endsAt: string;
};

/** A save either happened or was held back because of clashes; nothing is saved in the second case. */
export type ClashAnswer<T> = { status: "saved"; value: T } | { status: "clashes"; clashes: ClashView[] };

/** The "what" of a clash in the warning's words; `busy` is the catalogue's word for a hidden slot. */
export function clashWhat(clash: Pick<ClashView, "title" | "number">, busy: string) {
  if (clash.title === null) return busy;
  return clash.number === null ? clash.title : `#${clash.number} ${clash.title}`;
}
