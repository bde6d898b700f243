import "server-only";
import type { OrgContext } from "@/lib/context";
import type { ExportColumn } from "@/lib/exports/export-table";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { requirePermission } from "@/lib/permissions/require-permission";
import { customerReport } from "./customer-report";
import { EXPORT_CAP } from "./internal";
import { reportTable } from "./report-table";

/**
 * Report 1 as an export table (CSV or .xlsx) with the page's filters: one line per record, its
 * time both as a duration to read and as seconds to sum. Labels, headers and names in `locale`.
 */
export async function exportCustomerReport(ctx: OrgContext, input: unknown, options: { locale: Locale; now?: Date; cap?: number }) {
  requirePermission(ctx, "reports.export");
  const report = await customerReport(ctx, input, { locale: options.locale, limit: options.cap ?? EXPORT_CAP, now: options.now });
  const m = messagesFor(options.locale).reports;
  const statuses = messagesFor(options.locale).service.statuses;
  const c = m.columns;
  const columns: ExportColumn[] = [
    { header: c.number, kind: "number" },
    { header: c.requestDate, kind: "date" },
    { header: c.serviceType, kind: "text" },
    { header: c.contact, kind: "text" },
    { header: c.subject, kind: "text" },
    { header: c.status, kind: "text" },
    { header: c.technicians, kind: "text" },
    { header: c.time, kind: "duration" },
    { header: c.seconds, kind: "number" },
    { header: c.score, kind: "number" },
  ];
  const rows = report.rows.map((r) => [
    r.number,
    r.requestDate,
    r.serviceType,
    r.contact,
    r.subject,
    statuses[r.status],
    r.technicians.join(", "),
    r.seconds,
    r.seconds,
    r.score,
  ]);
  return reportTable(options.locale, { file: m.fileNames.customer, sheet: m.customerReport.title }, report, columns, rows);
}
