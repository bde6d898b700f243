import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadReport } from "@/components/reports/load-report";
import { ExportLink } from "@/components/reports/report-parts";
import { SlaMetChart } from "@/components/reports/sla-met-chart";
import { SlaReportFilters } from "@/components/reports/sla-report-filters";
import { AccessDenied } from "@/components/shell/access-denied";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { listContracts } from "@/lib/contracts/list-contracts";
import type { Locale } from "@/lib/i18n/locales";
import { listMemberOptions } from "@/lib/members/list-member-options";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import type { SlaGroupRow } from "@/lib/reports/sla-report-groups";
import { SLA_REPORT_RECORD_CAP, slaReport } from "@/lib/reports/sla-report";
import { slaGroupLabel } from "@/lib/reports/sla-report-label";
import { SLA_REPORT_GROUPS, slaReportInput, type SlaReportGroup } from "@/lib/reports/sla-report-schema";
import { shownRange } from "@/lib/reports/shown-range";
import { reportSearch, type SearchParams } from "@/lib/reports/url-params";
import { firstValues } from "@/lib/search/first-values";
import { formatDuration } from "@/lib/time-entries/format";

export async function generateMetadata() {
  return { title: (await getTranslations("reports.slaReport"))("title") };
}

/** Business minutes as h:mm, the way the record page's SLA card counts time. */
function minutes(value: number | null) {
  return value === null ? "–" : formatDuration(value * 60).slice(0, -3);
}

function percent(value: number | null, met: number, judged: number) {
  return value === null ? "–" : `${value}% (${met}/${judged})`;
}

/** Issue 11 item 7: % of SLA targets met per customer, contract, technician or month, with a chart and exports. */
export default async function SlaReportPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await getOrgContext((await params).org);
  if (!can(ctx.actor, "reports.view")) return <AccessDenied />;
  const query = firstValues(await searchParams);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("reports");
  // The verb needs a range; an empty URL shows the reports' default window.
  const range = shownRange(undefined, query, ctx.org.timeZone);
  const groupBy: SlaReportGroup = (SLA_REPORT_GROUPS as readonly string[]).includes(query.group ?? "") ? (query.group as SlaReportGroup) : "customer";
  const input = { ...slaReportInput(query), from: range.from, to: range.to, groupBy };

  const loaded = await loadReport(() =>
    Promise.all([
      slaReport(ctx, input, { locale }),
      can(ctx.actor, "contracts.view") ? listContracts(ctx, {}, locale) : null,
      can(ctx.actor, "customers.view") ? listMemberOptions(ctx) : null,
    ]),
  );
  if (loaded.state === "denied") return <AccessDenied />;
  const [report, contracts, members] = loaded.state === "ready" ? loaded.data : [null, null, null];
  const search = reportSearch({
    group: groupBy,
    customer: report?.filters.customer?.id,
    contract: report?.filters.contractId,
    technician: report?.filters.technicianId,
    ...range,
  });
  const none = {
    customer: t("slaReport.none.customer"),
    contract: t("slaReport.none.contract"),
    technician: t("slaReport.none.technician"),
    hidden: t("slaReport.none.hidden"),
  };
  const label = (row: SlaGroupRow) => slaGroupLabel(row, groupBy, locale, none);
  const pageHref = (page: number) => `?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(search)), page: String(page) })}`;

  return (
    <>
      <PageHeader
        title={t("slaReport.title")}
        description={t("slaReport.body")}
        actions={report && can(ctx.actor, "reports.export") ? <ExportLink href={`/${ctx.org.slug}/reports/sla/export${search}`} /> : undefined}
      />
      <div className="space-y-4">
        <SlaReportFilters
          orgSlug={ctx.org.slug}
          groupBy={groupBy}
          customer={report?.filters.customer ?? null}
          contractId={report?.filters.contractId ?? null}
          technicianId={report?.filters.technicianId ?? null}
          contracts={contracts?.rows.map((c) => ({ id: c.id, name: c.name })) ?? null}
          technicians={members}
          from={range.from}
          to={range.to}
          rangeError={loaded.state === "invalid" ? (loaded.fieldErrors.to ?? loaded.fieldErrors.from) : undefined}
        />
        {loaded.state === "invalid" && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {loaded.fieldErrors.to === "rangeTooLong" ? t("slaReport.rangeTooLong") : t("filters.invalid")}
          </p>
        )}
        {report &&
          (report.rows.length === 0 ? (
            <div className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
              <EmptyState title={t("slaReport.empty.title")}>{t("slaReport.empty.body")}</EmptyState>
            </div>
          ) : (
            <>
              <SlaMetChart
                data={report.rows.map((r) => ({ label: label(r), firstResponse: r.firstResponsePercent, resolution: r.resolutionPercent }))}
              />
              <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
                <Table label={t("slaReport.title")}>
                  <thead>
                    <tr>
                      <Th>{t(`slaReport.groups.${groupBy}`)}</Th>
                      <Th className="text-right">{t("slaReport.columns.records")}</Th>
                      <Th className="text-right">{t("slaReport.columns.firstResponseMet")}</Th>
                      <Th className="text-right">{t("slaReport.columns.resolutionMet")}</Th>
                      <Th className="text-right">{t("slaReport.columns.medianFirstResponse")}</Th>
                      <Th className="text-right">{t("slaReport.columns.medianResolution")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...report.rows, ...(report.total ? [report.total] : [])].map((row) => {
                      const isTotal = row === report.total;
                      return (
                        <tr key={isTotal ? "total" : row.key} className={isTotal ? "font-medium" : undefined}>
                          <Td>{isTotal ? t("slaReport.total") : label(row)}</Td>
                          <Td className="text-right tabular-nums">{row.records}</Td>
                          <Td className="text-right whitespace-nowrap tabular-nums">
                            {percent(row.firstResponsePercent, row.firstResponseMet, row.firstResponseJudged)}
                          </Td>
                          <Td className="text-right whitespace-nowrap tabular-nums">
                            {percent(row.resolutionPercent, row.resolutionMet, row.resolutionJudged)}
                          </Td>
                          <Td className="text-right tabular-nums">{minutes(row.medianFirstResponse)}</Td>
                          <Td className="text-right tabular-nums">{minutes(row.medianResolution)}</Td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
              </div>
              <p className="text-xs text-zinc-500">{t("slaReport.openHint")}</p>
              {report.pageCount > 1 && (
                <nav
                  className="flex items-center justify-between gap-2 text-sm"
                  aria-label={t("slaReport.pageOf", { page: report.page, count: report.pageCount })}
                >
                  {report.page > 1 ? <Link href={pageHref(report.page - 1)}>{t("slaReport.previous")}</Link> : <span />}
                  <span>{t("slaReport.pageOf", { page: report.page, count: report.pageCount })}</span>
                  {report.page < report.pageCount ? <Link href={pageHref(report.page + 1)}>{t("slaReport.next")}</Link> : <span />}
                </nav>
              )}
              {report.truncated && <p className="text-sm text-zinc-500">{t("slaReport.truncated", { count: SLA_REPORT_RECORD_CAP })}</p>}
            </>
          ))}
      </div>
    </>
  );
}
