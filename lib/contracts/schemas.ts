import { z } from "zod";
import { optionalCalendarDate, calendarDate } from "@/lib/fields/dates";
import { MAX_LENGTH, optionalText, requiredText } from "@/lib/fields/text";
import { MAX_FILE_BYTES } from "@/lib/files/limits";
import { idempotencyKey } from "@/lib/idempotency/schemas";

// Client-safe: the contract form and its verbs parse with these (SPEC K1). Messages are
// catalogue keys under `validation.`.

/** Ten years of days: a notice or a reminder further out than that is a typo. */
const MAX_DAYS = 3650;
/** A renewal term of up to ten years. */
const MAX_RENEWAL_MONTHS = 120;

/** Form fields send strings: "" is `empty`; "x", 1.5 and -1 must fail, never coerce to something valid. */
function fromField(v: unknown, empty: number | null) {
  return v === "" || v === undefined || v === null ? empty : typeof v === "string" ? Number(v) : v;
}

/** Whole days, 0 or more; empty is `fallback`. */
function wholeDays(fallback: number) {
  return z.preprocess(
    (v) => fromField(v, fallback),
    z.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "nonNegative" }).max(MAX_DAYS, { error: "invalid" }),
  );
}

/** Whole months, at least one; empty is null. */
function optionalMonths() {
  return z.preprocess(
    (v) => fromField(v, null),
    z.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }).max(MAX_RENEWAL_MONTHS, { error: "invalid" }).nullable(),
  );
}

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const contractFieldsSchema = z.object({
  customerId: z.uuid({ error: "required" }),
  typeId: z.uuid({ error: "required" }),
  name: requiredText(MAX_LENGTH.name),
  description: optionalText(MAX_LENGTH.long),
  /** Empty: a draft, not started. */
  startsOn: optionalCalendarDate(),
  /** Last day of the initial term; empty: open-ended. */
  endsOn: optionalCalendarDate(),
  /** Months of one renewal term; empty: not renewable. */
  renewalMonths: optionalMonths(),
  noticeDays: wholeDays(0),
  notifyBeforeDays: wholeDays(30),
  notifyAfterDays: wholeDays(0),
  autoRenew: checkbox,
  /** One of the same customer's service plans (lib/contracts/internal.ts checks it); empty: none. */
  servicePlanId: z.preprocess((v) => (v === "" ? null : v), z.uuid({ error: "invalid" }).nullish()).transform((v) => v ?? null),
});

type Fields = z.output<typeof contractFieldsSchema>;

/** The rules between fields, shared by create and update. */
function checkDates(v: Fields, issue: z.RefinementCtx) {
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) issue.addIssue({ code: "custom", message: "endBeforeStart", path: ["endsOn"] });
  if (v.endsOn && !v.startsOn) issue.addIssue({ code: "custom", message: "startRequired", path: ["startsOn"] });
  // A renewal continues a term: without an end or a period there is nothing to renew.
  if (v.autoRenew && (!v.endsOn || !v.renewalMonths)) issue.addIssue({ code: "custom", message: "renewalNeedsEnd", path: ["renewalMonths"] });
}

export const createContractSchema = contractFieldsSchema.extend({ idempotencyKey }).superRefine(checkDates);
export const updateContractSchema = contractFieldsSchema
  .extend({ id: z.uuid({ error: "invalid" }), version: z.coerce.number().int().positive() })
  .superRefine(checkDates);
export const contractTargetSchema = z.object({ id: z.uuid({ error: "invalid" }) });

export const terminateContractSchema = z.object({
  id: z.uuid({ error: "invalid" }),
  version: z.coerce.number().int().positive(),
  /** The day the contract ends early; from its start in the org's zone the state is "terminated". */
  terminatedOn: calendarDate(),
  reason: optionalText(MAX_LENGTH.line),
});

/** The signed contract file; its type is decided on the server by its bytes. */
export const contractFileSchema = z
  .object({ id: z.uuid({ error: "invalid" }), file: z.instanceof(File, { error: "required" }) })
  .superRefine((v, issue) => {
    if (v.file.size === 0) issue.addIssue({ code: "custom", path: ["file"], message: "required" });
    else if (v.file.size > MAX_FILE_BYTES) issue.addIssue({ code: "custom", path: ["file"], message: "fileTooLarge" });
  });

export type ContractFormInput = z.input<typeof createContractSchema>;
export type ContractFields = z.output<typeof contractFieldsSchema>;
