import "server-only";
import type { OrgContext } from "@/lib/context";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { requirePermission } from "@/lib/permissions/require-permission";
import { formatDuration } from "@/lib/time-entries/format";
import { EXPORT_CAP } from "./internal";
import { reportCsv } from "./report-csv";
import { userReport } from "./user-report";

/** Report 2 as CSV with the page's filters: one line per record with the user's own time on it. */
export async function exportUserReport(ctx: OrgContext, input: unknown, options: { locale: Locale; now?: Date; cap?: number }) {
  requirePermission(ctx, "reports.export");
  const report = await userReport(ctx, input, { locale: options.locale, limit: options.cap ?? EXPORT_CAP, now: options.now });
  const m = messagesFor(options.locale).reports;
  const statuses = messagesFor(options.locale).service.statuses;
  const header = [m.columns.number, m.columns.requestDate, m.columns.customer, m.columns.serviceType, m.columns.subject, m.columns.status, m.columns.ownTime, m.columns.seconds, m.columns.score];
  const lines = report.rows.map((r) => [
    String(r.number),
    r.requestDate,
    r.customer?.name,
    r.serviceType,
    r.subject,
    statuses[r.status],
    formatDuration(r.seconds),
    String(r.seconds),
    r.score === null ? null : String(r.score),
  ]);
  return reportCsv("user-report", report, header, lines);
}
