import { toCsv } from "@/lib/customers/csv";
import type { Locale } from "@/lib/i18n/locales";
import { formatDuration } from "@/lib/time-entries/format";
import type { ExportCell, ExportColumnKind, ExportTable } from "./export-table";

/**
 * Excel splits a CSV on the list separator of the user's regional settings: `,` in English, but
 * `;` in Turkish and Romanian, where `,` is the decimal mark — a `,` file opens there in one column.
 */
export const CSV_SEPARATOR: Record<Locale, "," | ";"> = { en: ",", tr: ";", ro: ";" };

function csvCell(kind: ExportColumnKind, value: ExportCell) {
  if (value === null || value === undefined) return null;
  if (kind === "duration") return formatDuration(Number(value));
  return String(value);
}

/** The table as a CSV file for Excel in the table's language (BOM, guarded cells, its separator). */
export function toCsvFile(table: ExportTable) {
  const body = toCsv(
    table.columns.map((c) => c.header),
    table.rows.map((row) => table.columns.map((column, i) => csvCell(column.kind, row[i]))),
    { separator: CSV_SEPARATOR[table.locale] },
  );
  return { body, filename: `${table.fileName}.csv`, contentType: "text/csv; charset=utf-8" };
}
