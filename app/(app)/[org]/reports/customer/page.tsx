import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { loadReport } from "@/components/reports/load-report";
import { CustomerReportFilters } from "@/components/reports/customer-report-filters";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { Duration, DurationTotals, ExportLink, StatusBadge, SummaryTiles } from "@/components/reports/report-parts";
import { AccessDenied } from "@/components/shell/access-denied";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { customerReport } from "@/lib/reports/customer-report";
import { shownRange } from "@/lib/reports/shown-range";
import { customerReportInput, reportSearch, type SearchParams } from "@/lib/reports/url-params";
import { firstValues } from "@/lib/search/first-values";

export async function generateMetadata() {
  return { title: (await getTranslations("reports.customerPage"))("title") };
}

/** SPEC S8 Report 1: a customer's service records over a date range, with time totals and score. */
export default async function CustomerReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await getOrgContext((await params).org);
  if (!can(ctx.actor, "reports.view")) return <AccessDenied />;
  const query = firstValues(await searchParams);
  const locale = (await getLocale()) as Locale;
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);

  const loaded = await loadReport(() =>
    Promise.all([query.customer ? customerReport(ctx, customerReportInput(query), { locale }) : null, listPicklist(ctx, "service_type", locale)]),
  );
  if (loaded.state === "denied") return <AccessDenied />;
  const [report, types] = loaded.state === "ready" ? loaded.data : [null, []];
  const range = shownRange(report?.range, query, ctx.org.timeZone);
  const search = reportSearch({ customer: report?.customer.id, contact: report?.filters.contactId, type: report?.filters.serviceTypeId, ...range });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

  return (
    <>
      <PageHeader
        title={report ? `${t("customerPage.title")} · ${report.customer.name}` : t("customerPage.title")}
        description={report?.customer.accountCode ? t("customerPage.accountCode", { code: report.customer.accountCode }) : t("customerReport.body")}
        actions={report && can(ctx.actor, "reports.export") ? <ExportLink href={`/${ctx.org.slug}/reports/customer/export${search}`} /> : undefined}
      />
      <div className="space-y-4">
        <CustomerReportFilters
          orgSlug={ctx.org.slug}
          customer={report ? { id: report.customer.id, name: report.customer.name } : null}
          contacts={report?.contacts.map((c) => ({ id: c.id, label: c.name })) ?? []}
          types={types.map((type) => ({ id: type.id, label: type.label }))}
          contactId={report?.filters.contactId ?? (query.contact || null)}
          typeId={report?.filters.serviceTypeId ?? (query.type || null)}
          from={range.from}
          to={range.to}
          rangeError={loaded.state === "invalid" ? (loaded.fieldErrors.to ?? loaded.fieldErrors.from) : undefined}
        />
        {loaded.state === "invalid" && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {t("filters.invalid")}
          </p>
        )}
        {!report && loaded.state === "ready" && <p className="text-sm text-zinc-500">{t("chooseCustomer")}</p>}
        {report && (
          <>
            <SummaryTiles {...report.totals} timeLabel={t("summary.totalTime")} />
            <div className="grid gap-4 lg:grid-cols-2">
              <DurationTotals
                title={t("byServiceType")}
                rows={report.totals.byServiceType.map((r) => ({ key: r.id ?? "none", label: r.label ?? t("noServiceType"), seconds: r.seconds }))}
              />
              <DurationTotals
                title={t("byTechnician")}
                rows={report.totals.byTechnician.map((r) => ({ key: r.userId, label: r.name, seconds: r.seconds }))}
              />
            </div>
            <div className="overflow-hidden rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
              {report.rows.length === 0 ? (
                <EmptyState title={t("empty.title")}>{t("empty.body")}</EmptyState>
              ) : (
                <RowLinks>
                  <Table label={t("customerPage.title")}>
                    <thead>
                      <tr>
                        <Th>{t("columns.number")}</Th>
                        <Th>{t("columns.requestDate")}</Th>
                        <Th>{t("columns.serviceType")}</Th>
                        <Th>{t("columns.contact")}</Th>
                        <Th>{t("columns.subject")}</Th>
                        <Th>{t("columns.status")}</Th>
                        <Th>{t("columns.technicians")}</Th>
                        <Th className="text-right">{t("columns.time")}</Th>
                        <Th className="text-right">{t("columns.score")}</Th>
                      </tr>
                    </thead>
                    <tbody>
                      {report.rows.map((row) => (
                        <tr key={row.id}>
                          <Td>
                            <a
                              {...rowLink(`/${ctx.org.slug}/service/${row.id}`)}
                              className="font-medium text-accent-600 hover:underline dark:text-accent-500"
                            >
                              #{row.number}
                            </a>
                          </Td>
                          <Td className="whitespace-nowrap">{day(row.requestDate)}</Td>
                          <Td>{row.serviceType ?? "–"}</Td>
                          <Td>{row.contact ?? "–"}</Td>
                          <Td className="max-w-64 truncate" title={row.subject}>
                            {row.subject}
                          </Td>
                          <Td>
                            <StatusBadge status={row.status} />
                          </Td>
                          <Td>{row.technicians.join(", ") || "–"}</Td>
                          <Td className="text-right">
                            <Duration seconds={row.seconds} />
                          </Td>
                          <Td className="text-right tabular-nums">{row.score ?? "–"}</Td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                </RowLinks>
              )}
            </div>
            {report.truncated && <p className="text-sm text-zinc-500">{t("truncated", { count: report.rows.length })}</p>}
          </>
        )}
      </div>
    </>
  );
}
