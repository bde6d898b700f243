import type { Locale } from "@/lib/i18n/locales";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The download's format from a URL parameter; anything else is the CSV every export has always had. */
export function parseExportFormat(value: string | null | undefined): ExportFormat {
  return value === "xlsx" ? "xlsx" : "csv";
}

/**
 * What a column holds, so each format can write it properly: a spreadsheet gets numbers it can sum
 * and dates it can sort, a CSV the same values as text. `date` cells are "YYYY-MM-DD" strings;
 * `duration` cells are whole seconds.
 */
export type ExportColumnKind = "text" | "number" | "date" | "duration";
export type ExportColumn = { header: string; kind: ExportColumnKind };
export type ExportCell = string | number | null | undefined;

/** An export before it has a format: headers, typed rows and names, all in the user's language. */
export type ExportTable = {
  locale: Locale;
  /** File name without extension, e.g. "musteriler-2026-12-01". */
  fileName: string;
  sheetName: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportCell[])[];
};

export type ExportResult = { table: ExportTable; rowCount: number; truncated: boolean };

/** "YYYY-MM-DD" of an instant in a time zone (en-CA formats dates that way). */
export function isoDate(at: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}
