import { z } from "zod";
import { calendarDate } from "@/lib/fields/dates";

// Client-safe: the SLA report's filters (issue 11 item 7), shared by the page's form and the verb.

export const SLA_REPORT_GROUPS = ["customer", "contract", "technician", "month"] as const;
export type SlaReportGroup = (typeof SLA_REPORT_GROUPS)[number];

/**
 * The longest range one request may ask for. The met/missed judgement replays each record's log
 * (deriveSlaClock), so the work grows with the range; a year covers every monthly comparison
 * people make and keeps one request bounded.
 */
export const SLA_REPORT_MAX_MONTHS = 12;
/** Groups per page (a technician or customer list can be long; months never exceed 12). */
export const SLA_REPORT_PAGE_SIZE = 50;

const optionalUuid = z
  .union([z.literal(""), z.uuid({ error: "invalid" })])
  .nullish()
  .transform((v) => v || null);

/** The day `months` calendar months after an ISO date, minus one: 2027-01-15 + 12 → 2028-01-14. */
export function lastDayWithin(from: string, months: number) {
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export const slaReportSchema = z
  .object({
    // Both required and inclusive: an open-ended range would replay every log the org ever wrote.
    from: calendarDate(),
    to: calendarDate(),
    groupBy: z.enum(SLA_REPORT_GROUPS, { error: "invalid" }).catch("customer"),
    customerId: optionalUuid,
    contractId: optionalUuid,
    technicianId: optionalUuid,
    page: z.coerce.number().int().min(1).catch(1),
  })
  .superRefine((v, ctx) => {
    if (v.from > v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "endBeforeStart" });
    else if (v.to > lastDayWithin(v.from, SLA_REPORT_MAX_MONTHS)) ctx.addIssue({ code: "custom", path: ["to"], message: "rangeTooLong" });
  });

export type SlaReportInput = z.input<typeof slaReportSchema>;

/** The page's URL parameters (`?from=…&to=…&group=month&customer=…&contract=…&technician=…&page=2`). */
export function slaReportInput(params: Record<string, string>) {
  return {
    from: params.from,
    to: params.to,
    groupBy: params.group,
    customerId: params.customer,
    contractId: params.contract,
    technicianId: params.technician,
    page: params.page,
  };
}
