import { getLocale, getTranslations } from "next-intl/server";
import { loadReport } from "@/components/reports/load-report";
import { OverageReportFilters } from "@/components/reports/overage-report-filters";
import { ExportLink } from "@/components/reports/report-parts";
import { AccessDenied } from "@/components/shell/access-denied";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { formatLedgerMinutes } from "@/lib/plans/format";
import { overageReport } from "@/lib/reports/overage-report";
import { OVERAGE_REPORT_CAP, overageReportInput } from "@/lib/reports/overage-report-schema";
import { shownRange } from "@/lib/reports/shown-range";
import { reportSearch, type SearchParams } from "@/lib/reports/url-params";
import { firstValues } from "@/lib/search/first-values";

export async function generateMetadata() {
  return { title: (await getTranslations("reports.overageReport"))("title") };
}

/** Issue 12 item 3: what the plans' periods used beyond their hours, to invoice, with exports. */
export default async function OverageReportPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await getOrgContext((await params).org);
  if (!can(ctx.actor, "reports.view")) return <AccessDenied />;
  const query = firstValues(await searchParams);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("reports");
  // The verb needs a range; an empty URL shows the reports' default window.
  const range = shownRange(undefined, query, ctx.org.timeZone);
  const loaded = await loadReport(() => overageReport(ctx, { ...overageReportInput(query), ...range }));
  if (loaded.state === "denied") return <AccessDenied />;
  const report = loaded.state === "ready" ? loaded.data : null;
  const search = reportSearch(range);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const period = (start: string, end: string) => day.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: ctx.org.currency });
  const c = (key: "included" | "carriedIn" | "used" | "overage" | "amount") => t(`overageReport.columns.${key}`);

  return (
    <>
      <PageHeader
        title={t("overageReport.title")}
        description={t("overageReport.body")}
        actions={report && can(ctx.actor, "reports.export") ? <ExportLink href={`/${ctx.org.slug}/reports/overage/export${search}`} /> : undefined}
      />
      <div className="space-y-4">
        <OverageReportFilters
          from={range.from}
          to={range.to}
          rangeError={loaded.state === "invalid" ? (loaded.fieldErrors.to ?? loaded.fieldErrors.from) : undefined}
        />
        {loaded.state === "invalid" && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {loaded.fieldErrors.to === "rangeTooLong" ? t("overageReport.rangeTooLong") : t("filters.invalid")}
          </p>
        )}
        {report &&
          (report.rows.length === 0 ? (
            <div className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
              <EmptyState title={t("overageReport.empty.title")}>{t("overageReport.empty.body")}</EmptyState>
            </div>
          ) : (
            <>
              <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
                <Table label={t("overageReport.title")}>
                  <thead>
                    <tr>
                      <Th>{t("overageReport.columns.period")}</Th>
                      <Th>{t("overageReport.columns.customer")}</Th>
                      <Th>{t("overageReport.columns.plan")}</Th>
                      <Th>{t("overageReport.columns.status")}</Th>
                      <Th className="text-right">{c("included")}</Th>
                      <Th className="text-right">{c("carriedIn")}</Th>
                      <Th className="text-right">{c("used")}</Th>
                      <Th className="text-right">{c("overage")}</Th>
                      <Th className="text-right">{c("amount")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rows.map((row) => (
                      <tr key={row.key}>
                        <Td className="whitespace-nowrap">{period(row.periodStart, row.periodEnd)}</Td>
                        <Td>{row.customerName ?? t("overageReport.hidden")}</Td>
                        <Td>{row.planTitle}</Td>
                        <Td>{row.closed ? t("overageReport.closed") : t("overageReport.open")}</Td>
                        <Td className="text-right tabular-nums">{formatLedgerMinutes(row.included)}</Td>
                        <Td className="text-right tabular-nums">{formatLedgerMinutes(row.carriedIn)}</Td>
                        <Td className="text-right tabular-nums">{formatLedgerMinutes(row.used)}</Td>
                        <Td className="text-right tabular-nums">{formatLedgerMinutes(row.overageMinutes)}</Td>
                        <Td className="text-right whitespace-nowrap tabular-nums">
                          {row.overageMinutes > 0 && row.overtimeBehaviour === "allow_free"
                            ? t("overageReport.free")
                            : money.format(row.overageAmount)}
                        </Td>
                      </tr>
                    ))}
                    {report.total && (
                      <tr className="font-medium">
                        <Td>{t("overageReport.total")}</Td>
                        <Td />
                        <Td />
                        <Td />
                        <Td className="text-right tabular-nums">{formatLedgerMinutes(report.total.included)}</Td>
                        <Td className="text-right tabular-nums">{formatLedgerMinutes(report.total.carriedIn)}</Td>
                        <Td className="text-right tabular-nums">{formatLedgerMinutes(report.total.used)}</Td>
                        <Td className="text-right tabular-nums">{formatLedgerMinutes(report.total.overageMinutes)}</Td>
                        <Td className="text-right whitespace-nowrap tabular-nums">{money.format(report.total.overageAmount)}</Td>
                      </tr>
                    )}
                  </tbody>
                </Table>
              </div>
              {report.truncated && <p className="text-sm text-zinc-500">{t("overageReport.truncated", { count: OVERAGE_REPORT_CAP })}</p>}
            </>
          ))}
      </div>
    </>
  );
}
