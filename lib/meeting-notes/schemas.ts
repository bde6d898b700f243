import { z } from "zod";
import { MEETING_OUTCOMES } from "@/db/schema/enum-values";
import { contactSchemasFor } from "@/lib/contacts/schemas";
import { calendarDate, instant } from "@/lib/fields/dates";
import { MAX_LENGTH, optionalText } from "@/lib/fields/text";
import { idempotencyKey } from "@/lib/idempotency/schemas";
import type { PhoneCountry } from "@/lib/orgs/phone-country";

// Client-safe: the meeting-note form and its verbs parse with these (SPEC W5). Messages are
// catalogue keys under `validation.`.

export { MEETING_OUTCOMES };

/** A meeting with more people than this is an event, not a note. */
export const MAX_PARTICIPANTS = 50;
export const MAX_PEOPLE_MET = 50;

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

const idList = (max: number) =>
  z
    .array(z.uuid({ error: "invalid" }))
    .max(max, { error: "invalid" })
    .transform((ids) => [...new Set(ids)]);

/**
 * "Someone else" met: a new contact of the note's customer, created with the note. Its name,
 * e-mail and phone are the contact schema's own rules (the org's phone country included).
 */
function newContactSchemaFor(country: PhoneCountry | null) {
  return contactSchemasFor(country).create.pick({ name: true, email: true, phone: true });
}

function fieldsFor(country: PhoneCountry | null) {
  return z.object({
    customerId: z.uuid({ error: "required" }),
    /** When the meeting began; the form places the typed wall-clock time in the org's zone. */
    metAt: instant(),
    /** Members who took part (working ones, SPEC T8); the form starts with the writer. */
    participantIds: idList(MAX_PARTICIPANTS).pipe(z.array(z.string()).min(1, { error: "participantsRequired" })),
    /** The customer's contacts met. */
    contactIds: idList(MAX_PEOPLE_MET).default([]),
    newContact: newContactSchemaFor(country)
      .nullish()
      .transform((v) => v ?? null),
    outcome: z.enum(MEETING_OUTCOMES, { error: "required" }),
    summary: optionalText(MAX_LENGTH.long),
    /** False: a same-hour clash answers with the clashes and saves nothing; true: "Save anyway". */
    acknowledgeClashes: checkbox.default(false),
  });
}

/** A wall-clock "HH:mm", as a time input gives it. */
const timeOfDay = z
  .string()
  .max(5, { error: "invalid" })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "invalid" });

function schemasFor(country: PhoneCountry | null) {
  const fields = fieldsFor(country);
  return {
    fields,
    /**
     * What the form holds: the day and wall-clock time in the org's zone instead of `metAt`; the
     * form places them (components/meeting-notes/meeting-note-form.tsx) before the action.
     */
    form: fields.omit({ metAt: true }).extend({ date: calendarDate(), time: timeOfDay }),
    newContact: newContactSchemaFor(country),
    create: fields.extend({ idempotencyKey }),
    update: fields.extend({ id: z.uuid({ error: "invalid" }), version: z.coerce.number().int().positive() }),
  };
}

const forCountry = new Map<PhoneCountry | null, ReturnType<typeof schemasFor>>();

/** The org's meeting-note schemas: the form and the verbs read a phone without +code the same way. */
export function meetingNoteSchemasFor(country: PhoneCountry | null) {
  let schemas = forCountry.get(country);
  if (!schemas) {
    schemas = schemasFor(country);
    forCountry.set(country, schemas);
  }
  return schemas;
}

export const meetingNoteTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });
export const meetingContactOptionsSchema = z.object({ customerId: z.uuid({ error: "invalid" }) });

export type MeetingNoteInput = z.input<ReturnType<typeof fieldsFor>>;
export type MeetingNoteFormInput = z.input<ReturnType<typeof schemasFor>["form"]>;
