import "server-only";
import { toCsv } from "@/lib/customers/csv";

/** A report's rows as the CSV download: named after the report and its range, cut at the export cap. */
export function reportCsv(
  name: "customer-report" | "user-report",
  report: { range: { from: string; to: string }; truncated: boolean },
  header: string[],
  lines: Parameters<typeof toCsv>[1],
) {
  return {
    csv: toCsv(header, lines),
    rowCount: lines.length,
    truncated: report.truncated,
    filename: `${name}-${report.range.from}-${report.range.to}.csv`,
  };
}
