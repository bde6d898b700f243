import { z } from "zod";
import { MAX_LENGTH, requiredText } from "@/lib/fields/text";
import { businessCalendarSchema } from "./schemas";

// Client-safe: the Settings → Calendars form and its verbs. A stored calendar is the calendar
// (lib/calendars/schemas.ts) plus its name and whether it is the org's default.

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const calendarRecordSchema = businessCalendarSchema.and(z.object({ name: requiredText(MAX_LENGTH.label), isDefault: checkbox }));
export const updateCalendarRecordSchema = calendarRecordSchema.and(
  z.object({ id: z.uuid({ error: "invalid" }), version: z.coerce.number().int().positive() }),
);
export const calendarTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

export type CalendarRecordInput = z.input<typeof calendarRecordSchema>;

/** The form's own check before sending: new or loaded (id and version then), the verbs parse again. */
export const calendarFormSchema = calendarRecordSchema.and(
  z.object({ id: z.uuid({ error: "invalid" }).optional(), version: z.coerce.number().int().positive().optional() }),
);
export type CalendarFormValues = z.input<typeof calendarFormSchema>;
