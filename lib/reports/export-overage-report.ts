import "server-only";
import type { OrgContext } from "@/lib/context";
import type { ExportCell, ExportColumn } from "@/lib/exports/export-table";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { requirePermission } from "@/lib/permissions/require-permission";
import { overageReport } from "./overage-report";
import { reportTable } from "./report-table";

/** Minutes as decimal hours (two places), so a spreadsheet can sum and price them. */
function hours(minutes: number) {
  return Math.round((minutes / 60) * 100) / 100;
}

/** The overage report as an export table for the page's range: one line per plan period, then the total. */
export async function exportOverageReport(ctx: OrgContext, input: unknown, options: { locale: Locale }) {
  requirePermission(ctx, "reports.export");
  const report = await overageReport(ctx, input);
  const m = messagesFor(options.locale).reports.overageReport;
  const c = m.columns;
  const columns: ExportColumn[] = [
    { header: c.periodStart, kind: "date" },
    { header: c.periodEnd, kind: "date" },
    { header: c.customer, kind: "text" },
    { header: c.plan, kind: "text" },
    { header: c.status, kind: "text" },
    { header: c.includedHours, kind: "number" },
    { header: c.carriedInHours, kind: "number" },
    { header: c.usedHours, kind: "number" },
    { header: c.overageHours, kind: "number" },
    { header: `${c.amount} (${ctx.org.currency})`, kind: "number" },
  ];
  const rows: ExportCell[][] = report.rows.map((r) => [
    r.periodStart,
    r.periodEnd,
    r.customerName ?? m.hidden,
    r.planTitle,
    r.closed ? m.closed : m.open,
    hours(r.included),
    hours(r.carriedIn),
    hours(r.used),
    hours(r.overageMinutes),
    r.overageAmount,
  ]);
  if (report.total) {
    const s = report.total;
    rows.push([null, null, m.total, null, null, hours(s.included), hours(s.carriedIn), hours(s.used), hours(s.overageMinutes), s.overageAmount]);
  }
  return reportTable(options.locale, { file: m.fileName, sheet: m.title }, report, columns, rows);
}
