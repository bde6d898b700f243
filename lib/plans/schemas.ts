import { z } from "zod";
import { PLAN_BILLING_METHODS, PLAN_BILLING_PERIODS, PLAN_OVERTIME_BEHAVIOURS } from "@/db/schema/enum-values";
import { calendarDate } from "@/lib/fields/dates";
import { MAX_LENGTH, optionalText, requiredText } from "@/lib/fields/text";
import { idempotencyKey } from "@/lib/idempotency/schemas";
import { optionalMoney } from "@/lib/money/schemas";

// Client-safe: the plan form and its verbs parse with these (SPEC K2). Durations are typed in
// hours ("10", "7,5", "1:30") and stored in minutes; messages are catalogue keys under `validation.`.

/** A year of a person's hours per period is far above any plan; beyond it is a typo. */
const MAX_MINUTES = 10_000 * 60;

/**
 * "10", "7.5", "7,5", "1:30" → minutes; empty → `empty`; anything else fails (never coerced to
 * something valid). A number is already minutes: the form resolves with this schema and sends its
 * output, which the verb parses again — that second pass must not multiply by 60 once more.
 */
function hoursToMinutes(v: unknown, empty: number | null): unknown {
  if (v === "" || v === undefined || v === null) return empty;
  if (typeof v === "number") return v;
  if (typeof v !== "string") return v;
  const s = v.trim();
  const clock = /^(\d{1,5}):([0-5]\d)$/.exec(s);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  if (/^\d{1,5}([.,]\d{1,2})?$/.test(s)) return Math.round(Number(s.replace(",", ".")) * 60);
  return Number.NaN;
}

const minutesBound = z.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "nonNegative" }).max(MAX_MINUTES, { error: "invalid" });

/** Hours typed, minutes out; empty is 0. */
const hours = z.preprocess((v) => hoursToMinutes(v, 0), minutesBound);
/** Hours typed, minutes out; empty is null ("no limit"). */
const optionalHours = z.preprocess((v) => hoursToMinutes(v, null), minutesBound.nullable());

/** Whole minutes (the rounding increment, the minimum per visit): 0 to a day. */
const minutes = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? 0 : typeof v === "string" ? Number(v) : v),
  z.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "nonNegative" }).max(1440, { error: "invalid" }),
);

/** Periods after which carried hours expire: 1 to 120; empty: never. */
const optionalPeriods = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v) : v),
  z.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }).max(120, { error: "invalid" }).nullable(),
);

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const planFieldsSchema = z.object({
  customerId: z.uuid({ error: "required" }),
  /** Empty: the plan stands alone. */
  contractId: z.preprocess((v) => (v === "" ? null : v), z.uuid({ error: "invalid" }).nullish()).transform((v) => v ?? null),
  title: requiredText(MAX_LENGTH.name),
  description: optionalText(MAX_LENGTH.long),
  billingMethod: z.enum(PLAN_BILLING_METHODS, { error: "required" }),
  billingPeriod: z.enum(PLAN_BILLING_PERIODS, { error: "required" }),
  firstPeriodStart: calendarDate(),
  fixedAmount: optionalMoney,
  includedMinutes: hours,
  hourlyRate: optionalMoney,
  overtimeRate: optionalMoney,
  overtimeBehaviour: z.enum(PLAN_OVERTIME_BEHAVIOURS, { error: "required" }),
  weeklyMaxMinutes: optionalHours,
  roundingMinutes: minutes,
  minimumMinutes: minutes,
  serviceTypeIds: z
    .array(z.uuid({ error: "invalid" }))
    .max(50, { error: "invalid" })
    .default([]),
  carryForward: checkbox,
  carryCapMinutes: optionalHours,
  carryExpiryPeriods: optionalPeriods,
  techMayAddCost: checkbox,
  techMayAddTime: checkbox,
  fixedCost: optionalMoney,
  differenceCost: optionalMoney,
});

type Fields = z.output<typeof planFieldsSchema>;

/** The rules between fields, shared by create and update. */
function checkFields(v: Fields, issue: z.RefinementCtx) {
  if (v.billingMethod === "fixed" && !v.fixedAmount) issue.addIssue({ code: "custom", message: "required", path: ["fixedAmount"] });
  if (v.billingMethod === "hourly" && !v.hourlyRate) issue.addIssue({ code: "custom", message: "required", path: ["hourlyRate"] });
  // Prepaid hours without hours would be a plan that is overdrawn from its first minute.
  if (v.billingMethod === "prepaid_hours" && v.includedMinutes <= 0)
    issue.addIssue({ code: "custom", message: "required", path: ["includedMinutes"] });
  if (v.overtimeBehaviour === "bill_overtime" && v.billingMethod !== "hourly" && !v.overtimeRate && !v.hourlyRate)
    issue.addIssue({ code: "custom", message: "required", path: ["overtimeRate"] });
}

export const createPlanSchema = planFieldsSchema.extend({ idempotencyKey }).superRefine(checkFields);
export const updatePlanSchema = planFieldsSchema
  .extend({ id: z.uuid({ error: "invalid" }), version: z.coerce.number().int().positive() })
  .superRefine(checkFields);
export const planTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });
export const archivePlanSchema = z.object({ id: z.uuid({ error: "invalid" }), version: z.coerce.number().int().positive() });

/** Signed hours: "+1:30" gives time back, "-0:45" uses it. */
const signedHours = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v;
    const s = v.trim();
    const negative = s.startsWith("-") || s.startsWith("−");
    const minutes = hoursToMinutes(s.replace(/^[+\-−]/, ""), Number.NaN);
    return typeof minutes === "number" ? (negative ? -minutes : minutes) : minutes;
  },
  z
    .number({ error: "invalid" })
    .int({ error: "invalid" })
    .min(-MAX_MINUTES, { error: "invalid" })
    .max(MAX_MINUTES, { error: "invalid" })
    .refine((m) => m !== 0, { error: "invalid" }),
);

/** Edit level: a manual correction of the open period's balance, always with a reason. */
export const adjustPlanSchema = z.object({
  planId: z.uuid({ error: "invalid" }),
  minutes: signedHours,
  reason: requiredText(MAX_LENGTH.line),
});

/** A technician's addition to the time spent on a record, or an extra cost, when the plan allows it. */
export const addPlanWorkSchema = z
  .object({
    recordId: z.uuid({ error: "invalid" }),
    kind: z.enum(["addition", "extra_cost"]),
    minutes: z.preprocess((v) => hoursToMinutes(v, null), minutesBound.nullable()),
    amount: optionalMoney,
    reason: requiredText(MAX_LENGTH.line),
  })
  .superRefine((v, issue) => {
    if (v.kind === "addition" && !v.minutes) issue.addIssue({ code: "custom", message: "required", path: ["minutes"] });
    if (v.kind === "extra_cost" && !v.amount) issue.addIssue({ code: "custom", message: "required", path: ["amount"] });
  });

/** Manage level: invoice and freeze a period; overage on an override plan needs `override`. */
export const closePeriodSchema = z.object({
  planId: z.uuid({ error: "invalid" }),
  periodStart: calendarDate(),
  override: checkbox.optional(),
});

export type PlanFormInput = z.input<typeof createPlanSchema>;
export type PlanFields = z.output<typeof planFieldsSchema>;
