import { z } from "zod";
import { SCHEDULE_CATCH_UP_POLICIES } from "@/db/schema/enum-values";
import { WEEKDAYS } from "@/lib/calendars/schemas";
import { optionalId } from "@/lib/customers/field-schemas";
import { calendarDate, optionalCalendarDate } from "@/lib/fields/dates";
import { MAX_LENGTH, requiredText, text } from "@/lib/fields/text";
import { idempotencyKey } from "@/lib/idempotency/schemas";
import { buildRecurrence, NTH_CHOICES, rawRruleProblem, RECURRENCE_KINDS, type Recurrence } from "./recurrence";

// Client-safe: the schedule form and its verbs parse with these (SPEC K3). The form sends the
// recurrence as plain choices (or a raw RRULE); the output carries the built rule instead.
// Messages are catalogue keys under `validation.`.

export { SCHEDULE_CATCH_UP_POLICIES };

/** Form fields send strings; "" is `empty`, and "x" or 1.5 fail rather than coerce. */
function wholeNumber(min: number, max: number, empty: number | null) {
  return z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? empty : typeof v === "string" ? Number(v) : v),
    z.number({ error: "invalid" }).int({ error: "invalid" }).min(min, { error: "invalid" }).max(max, { error: "invalid" }),
  );
}
function optionalWholeNumber(min: number, max: number) {
  return z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v) : v),
    z.number({ error: "invalid" }).int({ error: "invalid" }).min(min, { error: "invalid" }).max(max, { error: "invalid" }).nullable(),
  );
}

/** A schedule ends on a date, after a number of visits, or never. */
export const SCHEDULE_ENDS = ["never", "until", "count"] as const;

export const scheduleFieldsSchema = z.object({
  customerId: z.uuid({ error: "required" }),
  /** Optional: a customer may have maintenance without a contract here; when set, it is the customer's. */
  contractId: optionalId,
  planId: optionalId,
  title: requiredText(MAX_LENGTH.line),
  kind: z.enum(RECURRENCE_KINDS, { error: "invalid" }),
  interval: wholeNumber(1, 52, 1),
  weekdays: z
    .array(z.enum(WEEKDAYS, { error: "invalid" }))
    .max(7, { error: "tooMany" })
    .default([]),
  day: wholeNumber(1, 31, 1),
  nth: z.preprocess(
    (v) => (typeof v === "string" && v ? Number(v) : (v ?? 1)),
    z.union(
      NTH_CHOICES.map((n) => z.literal(n)),
      { error: "invalid" },
    ),
  ),
  weekday: z.enum(WEEKDAYS, { error: "invalid" }).default("mon"),
  month: wholeNumber(1, 12, 1),
  rrule: text(500).default(""),
  firstDate: calendarDate(),
  ends: z.enum(SCHEDULE_ENDS, { error: "invalid" }).default("never"),
  untilDate: optionalCalendarDate(),
  count: optionalWholeNumber(1, 1000),
  leadDays: wholeNumber(0, 365, 0),
  technicianIds: z
    .array(z.uuid({ error: "invalid" }))
    .max(20, { error: "tooMany" })
    .default([]),
  serviceTypeId: z.uuid({ error: "required" }),
  calendarId: optionalId,
  catchUpPolicy: z.enum(SCHEDULE_CATCH_UP_POLICIES, { error: "invalid" }).default("create_upcoming"),
});

type Fields = z.output<typeof scheduleFieldsSchema>;

function recurrenceOf(v: Fields): Recurrence {
  switch (v.kind) {
    case "weekly":
      return { kind: "weekly", interval: v.interval, weekdays: v.weekdays };
    case "monthly_day":
      return { kind: "monthly_day", interval: Math.min(v.interval, 12), day: v.day };
    case "monthly_nth":
      return { kind: "monthly_nth", interval: Math.min(v.interval, 12), nth: v.nth, weekday: v.weekday };
    case "last_working_day":
      return { kind: "last_working_day", interval: Math.min(v.interval, 12) };
    case "yearly":
      return { kind: "yearly", month: v.month, day: v.day };
    case "custom":
      return { kind: "custom", rrule: v.rrule };
  }
}

function checkFields(v: Fields, issue: z.RefinementCtx) {
  if (v.kind === "weekly" && !v.weekdays.length) issue.addIssue({ code: "custom", message: "required", path: ["weekdays"] });
  if (v.kind === "custom") {
    const problem = v.rrule ? rawRruleProblem(v.rrule) : "required";
    if (problem) issue.addIssue({ code: "custom", message: problem, path: ["rrule"] });
  }
  // "The last working day" needs to know which days work.
  if (v.kind === "last_working_day" && !v.calendarId) issue.addIssue({ code: "custom", message: "required", path: ["calendarId"] });
  if (v.ends === "until" && !v.untilDate) issue.addIssue({ code: "custom", message: "required", path: ["untilDate"] });
  if (v.ends === "until" && v.untilDate && v.untilDate < v.firstDate)
    issue.addIssue({ code: "custom", message: "endBeforeStart", path: ["untilDate"] });
  if (v.ends === "count" && !v.count) issue.addIssue({ code: "custom", message: "required", path: ["count"] });
}

/** What the verbs store: the built rule, the end as either a date or a count. */
function toStored(v: Fields) {
  const { kind: _k, interval: _i, weekdays: _w, day: _d, nth: _n, weekday: _wd, month: _m, rrule: _r, ends, untilDate, count, ...rest } = v;
  return {
    ...rest,
    ...buildRecurrence(recurrenceOf(v)),
    untilDate: ends === "until" ? untilDate : null,
    count: ends === "count" ? count : null,
  };
}

export const createScheduleSchema = scheduleFieldsSchema
  .extend({ idempotencyKey })
  .superRefine(checkFields)
  .transform((v) => ({ ...toStored(v), idempotencyKey: v.idempotencyKey }));
export const updateScheduleSchema = scheduleFieldsSchema
  .extend({ id: z.uuid({ error: "invalid" }), version: z.coerce.number().int().positive() })
  .superRefine(checkFields)
  .transform((v) => ({ ...toStored(v), id: v.id, version: v.version }));
export const scheduleTargetSchema = z.object({ id: z.uuid({ error: "invalid" }), version: z.coerce.number().int().positive() });

export type ScheduleFormValues = z.input<typeof scheduleFieldsSchema>;
export type StoredScheduleFields = ReturnType<typeof toStored>;

/** The form's own check before sending: the plain fields (the verbs build the rule), new or loaded. */
export const scheduleFormSchema = scheduleFieldsSchema
  .extend({ id: z.uuid({ error: "invalid" }).optional(), version: z.coerce.number().int().positive().optional() })
  .superRefine(checkFields);
