import { TZDate } from "@date-fns/tz";
import { addMinutes, format } from "date-fns";
import { z } from "zod";

// Client-safe: what the appointment form starts from — a prefill link's query (meeting notes, the
// calendar's empty slot, a customer page) or the appointment being edited — in the org's zone.

const prefillSchema = z.object({
  customerId: z.uuid().optional().catch(undefined),
  startsAt: z.iso.datetime({ offset: true }).optional().catch(undefined),
  durationMinutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .optional()
    .catch(undefined),
  attendeeIds: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").filter((id) => z.uuid().safeParse(id).success) : []))
    .catch([]),
  title: z.string().max(300).optional().catch(undefined),
  fromMeetingNoteId: z.uuid().optional().catch(undefined),
});

/** What the form holds: the day and wall-clock start in the org's zone ("2026-12-10", "10:00"). */
export type AppointmentFormInitial = {
  id?: string;
  version?: number;
  fromMeetingNoteId?: string | null;
  title: string;
  customerId: string;
  date: string;
  time: string;
  durationMinutes: string;
  place: string;
  description: string;
  attendeeIds: string[];
};

export type AppointmentPrefill = z.output<typeof prefillSchema>;

/** A malformed parameter is dropped, never an error: the link still opens a form. */
export function parsePrefill(query: Record<string, string>): AppointmentPrefill {
  return prefillSchema.parse(query);
}

function split(at: Date, timeZone: string) {
  const local = new TZDate(at.getTime(), timeZone);
  return { date: format(local, "yyyy-MM-dd"), time: format(local, "HH:mm") };
}

/** A new appointment: the prefill, else the next full hour with me attending, an hour long. */
export function newAppointmentInitial(prefill: AppointmentPrefill, me: string, at: Date, timeZone: string): AppointmentFormInitial {
  const nextHour = addMinutes(at, 60 - at.getUTCMinutes());
  nextHour.setUTCSeconds(0, 0);
  return {
    fromMeetingNoteId: prefill.fromMeetingNoteId ?? null,
    title: prefill.title ?? "",
    customerId: prefill.customerId ?? "",
    ...split(prefill.startsAt ? new Date(prefill.startsAt) : nextHour, timeZone),
    durationMinutes: String(prefill.durationMinutes ?? 60),
    place: "",
    description: "",
    attendeeIds: prefill.attendeeIds.length ? prefill.attendeeIds : [me],
  };
}

export function editAppointmentInitial(
  a: {
    id: string;
    version: number;
    title: string;
    customer: { id: string } | null;
    startsAt: Date;
    endsAt: Date;
    place: string | null;
    description: string | null;
    attendees: { id: string }[];
  },
  timeZone: string,
): AppointmentFormInitial {
  return {
    id: a.id,
    version: a.version,
    title: a.title,
    customerId: a.customer?.id ?? "",
    ...split(a.startsAt, timeZone),
    durationMinutes: String(Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000)),
    place: a.place ?? "",
    description: a.description ?? "",
    attendeeIds: a.attendees.map((p) => p.id),
  };
}
