import "server-only";
import type { OrgContext } from "@/lib/context";
import type { ExportColumn } from "@/lib/exports/export-table";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { requirePermission } from "@/lib/permissions/require-permission";
import { EXPORT_CAP } from "./internal";
import { reportTable } from "./report-table";
import { userReport } from "./user-report";

/** Report 2 as an export table (CSV or .xlsx) with the page's filters: one line per record, the user's own time on it. */
export async function exportUserReport(ctx: OrgContext, input: unknown, options: { locale: Locale; now?: Date; cap?: number }) {
  requirePermission(ctx, "reports.export");
  const report = await userReport(ctx, input, { locale: options.locale, limit: options.cap ?? EXPORT_CAP, now: options.now });
  const m = messagesFor(options.locale).reports;
  const statuses = messagesFor(options.locale).service.statuses;
  const c = m.columns;
  const columns: ExportColumn[] = [
    { header: c.number, kind: "number" },
    { header: c.requestDate, kind: "date" },
    { header: c.customer, kind: "text" },
    { header: c.serviceType, kind: "text" },
    { header: c.subject, kind: "text" },
    { header: c.status, kind: "text" },
    { header: c.ownTime, kind: "duration" },
    { header: c.seconds, kind: "number" },
    { header: c.score, kind: "number" },
  ];
  const rows = report.rows.map((r) => [
    r.number,
    r.requestDate,
    r.customer?.name,
    r.serviceType,
    r.subject,
    statuses[r.status],
    r.seconds,
    r.seconds,
    r.score,
  ]);
  return reportTable(options.locale, { file: m.fileNames.user, sheet: m.userReport.title }, report, columns, rows);
}
