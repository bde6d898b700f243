import { z } from "zod";
import { calendarDate } from "@/lib/fields/dates";
import { lastDayWithin } from "./sla-report-schema";

// Client-safe: the "overage to invoice" report's range (issue 12 item 3), shared by page and verb.

/** A year of monthly periods (four quarters, one yearly period) is what one invoicing look-back needs. */
export const OVERAGE_REPORT_MAX_MONTHS = 12;

/** Plan periods one report lists at most; the page and the export say when the range was cut. */
export const OVERAGE_REPORT_CAP = 5000;

export const overageReportSchema = z
  .object({
    // Inclusive: a period is in the report when it starts on one of these days.
    from: calendarDate(),
    to: calendarDate(),
  })
  .superRefine((v, ctx) => {
    if (v.from > v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "endBeforeStart" });
    else if (v.to > lastDayWithin(v.from, OVERAGE_REPORT_MAX_MONTHS)) ctx.addIssue({ code: "custom", path: ["to"], message: "rangeTooLong" });
  });

/** The page's URL parameters (`?from=2027-01-01&to=2027-03-31`). */
export function overageReportInput(params: Record<string, string>) {
  return { from: params.from, to: params.to };
}
