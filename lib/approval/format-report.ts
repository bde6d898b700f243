import { formatDuration } from "@/lib/time-entries/format";
import type { ServiceReport } from "./service-report";

export type ReportFormat = { locale: string; timeZone: string; currency: string };

function range(format: Intl.DateTimeFormat, start: Date | null, end: Date | null) {
  if (start && end) return format.formatRange(start, end);
  return start ? format.format(start) : end ? format.format(end) : null;
}

/**
 * The report as the customer reads it, in the org's language, time zone and currency — the e-mail
 * and the approval page show the same strings. Null means "not given".
 */
export function formatReport(report: ServiceReport, org: ReportFormat) {
  const dateTime = new Intl.DateTimeFormat(org.locale, { dateStyle: "medium", timeStyle: "short", timeZone: org.timeZone });
  // A request date is a calendar day, not an instant: format it without moving it across zones.
  const day = new Intl.DateTimeFormat(org.locale, { dateStyle: "medium", timeZone: "UTC" });
  return {
    number: `#${report.number}`,
    subject: report.subject || null,
    customer: report.customerName,
    contact: report.contactName,
    requested: day.format(new Date(`${report.requestDate}T00:00:00Z`)),
    planned: range(dateTime, report.plannedStart, report.plannedEnd),
    actual: range(dateTime, report.actualStart, report.actualEnd),
    timeSpent: formatDuration(report.totalSeconds),
    fee: report.fee === null ? null : new Intl.NumberFormat(org.locale, { style: "currency", currency: org.currency }).format(Number(report.fee)),
    result: report.result,
    // Minutes: each renderer words them in the reader's language (approval.report.duration).
    plan: report.plan,
  };
}

export type FormattedReport = ReturnType<typeof formatReport>;

/** The labelled rows both the e-mail and the page list, in this order. */
export const REPORT_ROWS = ["number", "customer", "contact", "subject", "requested", "planned", "actual", "timeSpent", "fee"] as const;

/** The plan rows both list after the report's, in this order, when the record draws on a plan. */
export const PLAN_ROWS = ["plan", "planUsed", "planRemaining"] as const;

/** The plan rows' values; `duration` words ledger minutes ("2 h 30 min") in the reader's language. */
export function planRowValues(plan: NonNullable<FormattedReport["plan"]>, duration: (minutes: number) => string) {
  return { plan: plan.title, planUsed: duration(plan.usedMinutes), planRemaining: duration(plan.remainingMinutes) };
}
