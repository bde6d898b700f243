import { z } from "zod";
import { optionalCalendarDate } from "@/lib/fields/dates";

/** An empty URL parameter (`?contact=`) means "no filter", not an invalid id. */
const optionalUuid = z
  .union([z.literal(""), z.uuid({ error: "invalid" })])
  .nullish()
  .transform((v) => v || null);

/** A calendar date in the org's time zone; missing means the report's default range. */
const optionalDate = optionalCalendarDate();

/** Both bounds are inclusive calendar dates (SPEC S8): 1–31 March includes the 31st. */
const range = { from: optionalDate, to: optionalDate };

function fromNotAfterTo(v: { from: string | null; to: string | null }, ctx: z.RefinementCtx) {
  // ISO dates compare correctly as strings.
  if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "endBeforeStart" });
}

export const customerReportSchema = z
  .object({
    customerId: z.uuid({ error: "required" }),
    contactId: optionalUuid,
    serviceTypeId: optionalUuid,
    ...range,
  })
  .superRefine(fromNotAfterTo);

export const userReportSchema = z
  .object({
    /** Missing means the signed-in user's own report. */
    userId: optionalUuid,
    ...range,
  })
  .superRefine(fromNotAfterTo);

export type CustomerReportInput = z.input<typeof customerReportSchema>;
export type UserReportInput = z.input<typeof userReportSchema>;
