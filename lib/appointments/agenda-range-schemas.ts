import { z } from "zod";
import { instant } from "@/lib/fields/dates";

// Client-safe: the agenda's data route query (SPEC W3), parsed by the range verb.

/** A month view spans six weeks; a little more leaves room for time-zone edges, never a year. */
export const MAX_RANGE_DAYS = 45;
/** More events than this in one view is not a diary anyone reads: the verb answers "too many". */
export const MAX_RANGE_EVENTS = 3000;

const flag = z.preprocess((v) => v === true || v === "1" || v === "true", z.boolean());

export const agendaRangeSchema = z
  .object({
    from: instant(),
    to: instant(),
    /** My appointments: those I attend or booked. */
    mine: flag.default(false),
    /** The Agenda's member filter: one person's appointments (those they attend). */
    member: z.preprocess((v) => (v === "" ? undefined : v), z.uuid({ error: "invalid" }).optional()).transform((v) => v ?? null),
  })
  .refine((v) => v.to > v.from && v.to.getTime() - v.from.getTime() <= MAX_RANGE_DAYS * 86_400_000, { error: "invalid", path: ["to"] });

/** One appointment as the calendar draws it; names only, so a month of 2,000 stays small. */
export type AgendaEvent = {
  id: string;
  title: string;
  start: string;
  end: string;
  customer: string | null;
  attendees: string[];
  version: number;
  /** Creator or Manage (lib/appointments/may-edit.ts): drag and resize are offered only then. */
  editable: boolean;
};

export type AgendaRange = { status: "ok"; events: AgendaEvent[] } | { status: "tooMany"; limit: number };
