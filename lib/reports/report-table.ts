import "server-only";
import type { ExportCell, ExportColumn, ExportResult } from "@/lib/exports/export-table";
import type { Locale } from "@/lib/i18n/locales";

/** A report's rows as an export table: named after the report and its range, cut at the export cap. */
export function reportTable(
  locale: Locale,
  names: { file: string; sheet: string },
  report: { range: { from: string; to: string }; truncated: boolean },
  columns: ExportColumn[],
  rows: ExportCell[][],
): ExportResult {
  return {
    table: { locale, fileName: `${names.file}-${report.range.from}-${report.range.to}`, sheetName: names.sheet, columns, rows },
    rowCount: rows.length,
    truncated: report.truncated,
  };
}
