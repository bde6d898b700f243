import "server-only";
import type { OrgContext } from "@/lib/context";
import type { ExportColumn } from "@/lib/exports/export-table";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { requirePermission } from "@/lib/permissions/require-permission";
import { reportTable } from "./report-table";
import { slaReport } from "./sla-report";
import { slaGroupLabel } from "./sla-report-label";

/** The SLA report as an export table with the page's filters: one line per group (every page), then the total. */
export async function exportSlaReport(ctx: OrgContext, input: unknown, options: { locale: Locale }) {
  requirePermission(ctx, "reports.export");
  const report = await slaReport(ctx, input, { locale: options.locale, allGroups: true });
  const m = messagesFor(options.locale).reports.slaReport;
  const c = m.columns;
  const columns: ExportColumn[] = [
    { header: m.groups[report.groupBy], kind: "text" },
    { header: c.records, kind: "number" },
    { header: `${c.firstResponseMet} %`, kind: "number" },
    { header: `${c.firstResponseMet} · ${c.judged}`, kind: "number" },
    { header: `${c.resolutionMet} %`, kind: "number" },
    { header: `${c.resolutionMet} · ${c.judged}`, kind: "number" },
    { header: c.medianFirstResponseMinutes, kind: "number" },
    { header: c.medianResolutionMinutes, kind: "number" },
  ];
  const lines = report.total ? [...report.rows, report.total] : report.rows;
  const rows = lines.map((r) => [
    r === report.total ? m.total : slaGroupLabel(r, report.groupBy, options.locale, m.none),
    r.records,
    r.firstResponsePercent,
    r.firstResponseJudged,
    r.resolutionPercent,
    r.resolutionJudged,
    r.medianFirstResponse,
    r.medianResolution,
  ]);
  return reportTable(options.locale, { file: m.fileName, sheet: m.title }, report, columns, rows);
}
