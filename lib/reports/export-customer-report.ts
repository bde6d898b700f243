import "server-only";
import type { OrgContext } from "@/lib/context";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { requirePermission } from "@/lib/permissions/require-permission";
import { customerReport } from "./customer-report";
import { formatDuration } from "@/lib/time-entries/format";
import { EXPORT_CAP } from "./internal";
import { reportCsv } from "./report-csv";

/**
 * Report 1 as CSV with the page's filters: one line per record, its time both as h:mm:ss to read
 * and as seconds to sum in a spreadsheet. Labels and headers in `locale`; every cell guarded.
 */
export async function exportCustomerReport(ctx: OrgContext, input: unknown, options: { locale: Locale; now?: Date; cap?: number }) {
  requirePermission(ctx, "reports.export");
  const report = await customerReport(ctx, input, { locale: options.locale, limit: options.cap ?? EXPORT_CAP, now: options.now });
  const m = messagesFor(options.locale).reports;
  const statuses = messagesFor(options.locale).service.statuses;
  const header = [m.columns.number, m.columns.requestDate, m.columns.serviceType, m.columns.contact, m.columns.subject, m.columns.status, m.columns.technicians, m.columns.time, m.columns.seconds, m.columns.score];
  const lines = report.rows.map((r) => [
    String(r.number),
    r.requestDate,
    r.serviceType,
    r.contact,
    r.subject,
    statuses[r.status],
    r.technicians.join(", "),
    formatDuration(r.seconds),
    String(r.seconds),
    r.score === null ? null : String(r.score),
  ]);
  return reportCsv("customer-report", report, header, lines);
}
