import "server-only";
import type { ExportFormat, ExportTable } from "./export-table";
import { toCsvFile } from "./to-csv-file";
import { toXlsxFile } from "./to-xlsx-file";

/** The table as the file the user asked for. */
export async function renderExport(
  table: ExportTable,
  format: ExportFormat,
): Promise<{ body: string | Buffer; filename: string; contentType: string }> {
  return format === "xlsx" ? toXlsxFile(table) : toCsvFile(table);
}
