import { z } from "zod";
import { calendarDate, instant } from "@/lib/fields/dates";
import { MAX_LENGTH, optionalText, requiredText } from "@/lib/fields/text";
import { idempotencyKey } from "@/lib/idempotency/schemas";

// Client-safe: the appointment form, its verbs and the calendar's move parse with these (SPEC W2).
// Messages are catalogue keys under `validation.`.

/** A week: an "appointment" longer than that is a typo (a holiday is not booked here). */
export const MAX_DURATION_MINUTES = 7 * 24 * 60;
/** Enough for a team meeting; more is a mailing list, not an appointment. */
export const MAX_ATTENDEES = 50;

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

const optionalUuid = z.preprocess((v) => (v === "" ? null : v), z.uuid({ error: "invalid" }).nullish()).transform((v) => v ?? null);

const durationMinutes = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? undefined : typeof v === "string" ? Number(v) : v),
  z
    .number({ error: "invalid" })
    .int({ error: "invalid" })
    .min(1, { error: "invalid" })
    .max(MAX_DURATION_MINUTES, { error: "durationTooLong" })
    .optional(),
);

const attendeeIds = z
  .array(z.uuid({ error: "invalid" }))
  .min(1, { error: "attendeesRequired" })
  .max(MAX_ATTENDEES, { error: "invalid" })
  .transform((ids) => [...new Set(ids)]);

/** The slot: a start, and either a duration or an end (the form sends a duration, the calendar an end). */
export const appointmentSlotSchema = z
  .object({
    startsAt: instant(),
    durationMinutes,
    endsAt: instant().optional(),
  })
  .superRefine((v, issue) => {
    if (v.durationMinutes === undefined && !v.endsAt) issue.addIssue({ code: "custom", message: "required", path: ["durationMinutes"] });
    if (v.endsAt && v.endsAt <= v.startsAt) issue.addIssue({ code: "custom", message: "endBeforeStart", path: ["endsAt"] });
    if (v.endsAt && v.endsAt.getTime() - v.startsAt.getTime() > MAX_DURATION_MINUTES * 60_000)
      issue.addIssue({ code: "custom", message: "durationTooLong", path: ["endsAt"] });
  })
  .transform(({ startsAt, durationMinutes, endsAt }) => ({
    startsAt,
    endsAt: endsAt ?? new Date(startsAt.getTime() + (durationMinutes ?? 0) * 60_000),
  }));

export const appointmentFieldsSchema = z.object({
  title: requiredText(MAX_LENGTH.line),
  /** Empty: an appointment with no customer (an internal meeting). */
  customerId: optionalUuid,
  place: optionalText(MAX_LENGTH.line),
  description: optionalText(MAX_LENGTH.long),
  /** Members; the booker need not attend (booking for colleagues, W2). */
  attendeeIds,
  /** False: any clash answers with the clashes and saves nothing; true: "Save anyway". */
  acknowledgeClashes: checkbox.default(false),
});

export const createAppointmentSchema = z.intersection(
  appointmentFieldsSchema.extend({
    idempotencyKey,
    /** Booked from a meeting note (W5): the note links to the appointment in the same transaction. */
    fromMeetingNoteId: optionalUuid,
  }),
  appointmentSlotSchema,
);

export const updateAppointmentSchema = z.intersection(
  appointmentFieldsSchema.extend({ id: z.uuid({ error: "invalid" }), version: z.coerce.number().int().positive() }),
  appointmentSlotSchema,
);

/** Drag-to-move on the calendar: a new slot, the same attendees. */
export const moveAppointmentSchema = z.intersection(
  z.object({
    id: z.uuid({ error: "invalid" }),
    version: z.coerce.number().int().positive(),
    acknowledgeClashes: checkbox.default(false),
  }),
  appointmentSlotSchema,
);

export const appointmentTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

export type CreateAppointmentInput = z.input<typeof createAppointmentSchema>;
export type UpdateAppointmentInput = z.input<typeof updateAppointmentSchema>;
export type MoveAppointmentInput = z.input<typeof moveAppointmentSchema>;

/**
 * What the form holds: a day and a wall-clock start in the org's time zone and a duration; the
 * form turns them into `startsAt` (components/appointments/appointment-form.tsx) before the action.
 */
export const appointmentFormSchema = appointmentFieldsSchema.extend({
  date: calendarDate(),
  time: z
    .string()
    .max(5, { error: "invalid" })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "invalid" }),
  durationMinutes: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? undefined : typeof v === "string" ? Number(v) : v),
    z.number({ error: "required" }).int({ error: "invalid" }).min(1, { error: "invalid" }).max(MAX_DURATION_MINUTES, { error: "durationTooLong" }),
  ),
});
