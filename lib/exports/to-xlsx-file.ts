import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { Locale } from "@/lib/i18n/locales";
import type { ExportCell, ExportColumnKind, ExportTable } from "./export-table";

const DATE_FORMAT: Record<Locale, string> = { en: "yyyy-mm-dd", tr: "dd.mm.yyyy", ro: "dd.mm.yyyy" };
/** Elapsed hours past 24, as the reports show them (h:mm:ss). */
const DURATION_FORMAT = "[h]:mm:ss";
const SECONDS_PER_DAY = 86_400;

/** Excel forbids these in sheet names and cuts them at 31 characters. */
function sheetName(name: string) {
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet1";
}

/**
 * Typed cells, so the spreadsheet sums and sorts without conversion: numbers as numbers, dates as
 * dates (UTC midnight: a calendar date, no time zone), durations as fractions of a day. Text is a
 * string cell, which a spreadsheet never evaluates — so unlike the CSV it needs no formula guard.
 */
function xlsxCell(kind: ExportColumnKind, value: ExportCell): string | number | Date | null {
  if (value === null || value === undefined || value === "") return null;
  if (kind === "number") return Number(value);
  if (kind === "duration") return Number(value) / SECONDS_PER_DAY;
  if (kind === "date") return new Date(`${value}T00:00:00Z`);
  return String(value);
}

/** The table as an .xlsx workbook, written with exceljs's streaming writer (rows are committed as they go). */
export async function toXlsxFile(table: ExportTable) {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName(table.sheetName), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.kind === "text" ? 28 : 14,
    style: column.kind === "date" ? { numFmt: DATE_FORMAT[table.locale] } : column.kind === "duration" ? { numFmt: DURATION_FORMAT } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const row of table.rows) sheet.addRow(table.columns.map((column, i) => xlsxCell(column.kind, row[i]))).commit();
  sheet.commit();
  const finished = new Promise<void>((resolve, reject) => {
    output.on("end", resolve);
    output.on("error", reject);
  });
  await workbook.commit();
  await finished;
  return {
    body: Buffer.concat(chunks),
    filename: `${table.fileName}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
}
