import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { loadReport } from "@/components/reports/load-report";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { Duration, DurationTotals, ExportLink, StatusBadge, SummaryTiles } from "@/components/reports/report-parts";
import { UserReportFilters } from "@/components/reports/user-report-filters";
import { AccessDenied } from "@/components/shell/access-denied";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { listMemberOptions } from "@/lib/members/list-member-options";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { shownRange } from "@/lib/reports/shown-range";
import { userReport } from "@/lib/reports/user-report";
import { reportSearch, type SearchParams, userReportInput } from "@/lib/reports/url-params";
import { firstValues } from "@/lib/search/first-values";

export async function generateMetadata() {
  return { title: (await getTranslations("reports.userPage"))("title") };
}

/** SPEC S8 Report 2: the records a user worked on over a date range, with their own time. */
export default async function UserReportPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await getOrgContext((await params).org);
  if (!can(ctx.actor, "reports.view")) return <AccessDenied />;
  const query = firstValues(await searchParams);
  const locale = (await getLocale()) as Locale;
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  const others = can(ctx.actor, "reports.viewOthers");

  const loaded = await loadReport(() => Promise.all([userReport(ctx, userReportInput(query), { locale }), others ? listMemberOptions(ctx) : null]));
  if (loaded.state === "denied") return <AccessDenied />;
  const [report, members] = loaded.state === "ready" ? loaded.data : [null, null];
  const range = shownRange(report?.range, query, ctx.org.timeZone);
  // Only a chosen other user goes into the URL: "my report" stays a shareable link for anyone.
  const userParam = report && !report.isOwn ? report.user.id : null;
  const search = reportSearch({ user: userParam, ...range });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  // A former member chosen by URL is not among the members; keep them selectable.
  const choices = members && report && !members.some((m) => m.id === report.user.id) ? [...members, report.user] : members;

  return (
    <>
      <PageHeader
        title={t("userPage.title")}
        description={report ? (report.isOwn ? t("userPage.own") : t("userPage.of", { name: report.user.name })) : undefined}
        actions={report && can(ctx.actor, "reports.export") ? <ExportLink href={`/${ctx.org.slug}/reports/user/export${search}`} /> : undefined}
      />
      <div className="space-y-4">
        <UserReportFilters
          users={choices}
          userId={report?.user.id ?? (query.user || ctx.actor.userId)}
          from={range.from}
          to={range.to}
          rangeError={loaded.state === "invalid" ? (loaded.fieldErrors.to ?? loaded.fieldErrors.from) : undefined}
        />
        {!others && <p className="text-xs text-zinc-500">{t("userPage.onlyOwn")}</p>}
        {loaded.state === "invalid" && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {t("filters.invalid")}
          </p>
        )}
        {report && (
          <>
            <SummaryTiles {...report.totals} timeLabel={t("summary.ownTotalTime")} />
            <DurationTotals
              title={t("byServiceType")}
              rows={report.totals.byServiceType.map((r) => ({ key: r.id ?? "none", label: r.label ?? t("noServiceType"), seconds: r.seconds }))}
            />
            <div className="overflow-hidden rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
              {report.rows.length === 0 ? (
                <EmptyState title={t("empty.title")}>{t("empty.body")}</EmptyState>
              ) : (
                <RowLinks>
                  <Table label={t("userPage.title")}>
                    <thead>
                      <tr>
                        <Th>{t("columns.number")}</Th>
                        <Th>{t("columns.requestDate")}</Th>
                        <Th>{t("columns.customer")}</Th>
                        <Th>{t("columns.serviceType")}</Th>
                        <Th>{t("columns.subject")}</Th>
                        <Th>{t("columns.status")}</Th>
                        <Th className="text-right">{t("columns.ownTime")}</Th>
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
                          <Td>
                            {row.customer ? (
                              <a {...rowLink(`/${ctx.org.slug}/customers/${row.customer.id}`)} className="hover:underline">
                                {row.customer.name}
                              </a>
                            ) : (
                              "–"
                            )}
                          </Td>
                          <Td>{row.serviceType ?? "–"}</Td>
                          <Td className="max-w-64 truncate" title={row.subject}>
                            {row.subject}
                          </Td>
                          <Td>
                            <StatusBadge status={row.status} />
                          </Td>
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
