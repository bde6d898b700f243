import type { SlaGroupRow } from "./sla-report-groups";
import type { SlaReportGroup } from "./sla-report-schema";

// Client-safe: a group's name as the table, the chart and the export all show it, so the three agree.

export type SlaNoneLabels = { customer: string; contract: string; technician: string; hidden: string };

export function slaGroupLabel(row: Pick<SlaGroupRow, "key" | "label">, groupBy: SlaReportGroup, locale: string, none: SlaNoneLabels) {
  if (groupBy === "month") {
    // The key is the org-zone month "YYYY-MM"; formatting its first day in UTC cannot shift it.
    return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${row.key}-01T00:00:00Z`));
  }
  if (row.key === "none") return none[groupBy];
  return row.label ?? none.hidden;
}
