import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CIVIL_DATE_FORMAT, civilDateValue } from "@/components/contracts/contract-dates";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { PlanDetail } from "@/lib/plans/get-plan";
import { ClosePeriodButton } from "./close-period-button";
import { planDuration } from "./duration";

type Period = PlanDetail["periods"][number];

/**
 * The plan's ledger: the current period line by line, its totals beside it — each total is the sum
 * of the rows listed under it — and the other periods with their totals. Another period's lines are
 * rendered only when it is opened (`?period=<start>`): a year of a busy plan is thousands of lines,
 * and drawing every period's, even folded away, made the page megabytes.
 */
export async function PlanLedger({
  orgSlug,
  detail,
  canClose,
  currency,
  openPeriod,
}: {
  orgSlug: string;
  detail: PlanDetail;
  canClose: boolean;
  currency: string;
  /** The other period whose lines are shown (its start date), if any. */
  openPeriod: string | null;
}) {
  const t = await getTranslations("plans");
  const format = await getFormatter();
  const d = (minutes: number) => planDuration(t, minutes);
  const day = (value: string) => format.dateTime(civilDateValue(value), CIVIL_DATE_FORMAT);
  const money = (value: number) => format.number(value, { style: "currency", currency });
  const current = detail.periods.find((p) => p.start === detail.currentStart) ?? null;
  const others = detail.periods.filter((p) => p !== current);

  const totals = (p: Period, label: string) => (
    <dl aria-label={label} className="grid grid-cols-2 gap-x-4 gap-y-1 px-4 py-3 text-sm sm:grid-cols-4">
      {(
        [
          ["included", d(p.totals.included)],
          ["carriedIn", d(p.totals.carriedIn)],
          ["used", d(p.totals.used)],
          ["adjusted", d(p.totals.adjusted)],
          ["expired", d(p.totals.expired)],
          ["remaining", d(p.totals.remaining)],
          ["overage", d(p.totals.overageMinutes)],
          ["overageCost", money(p.totals.overageCost)],
          ["extraCost", money(p.totals.extraCost)],
        ] as const
      ).map(([key, value]) => (
        <div key={key} className="flex flex-col">
          <dt className="text-zinc-500">{t(`detail.totals.${key}`)}</dt>
          <dd className="font-medium tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );

  const rows = (p: Period) =>
    p.rows.length === 0 ? (
      <p className="px-4 py-3 text-sm text-zinc-500">{t("detail.noRows")}</p>
    ) : (
      <Table label={t("detail.periodRange", { start: day(p.start), end: day(p.end) })}>
        <thead>
          <tr>
            <Th>{t("detail.columns.date")}</Th>
            <Th>{t("detail.columns.kind")}</Th>
            <Th>{t("detail.columns.record")}</Th>
            <Th className="hidden @xl:table-cell">{t("detail.columns.technician")}</Th>
            <Th className="hidden @md:table-cell">{t("detail.columns.raw")}</Th>
            <Th className="hidden @md:table-cell">{t("detail.columns.rounded")}</Th>
            <Th>{t("detail.columns.minutes")}</Th>
            <Th className="hidden @xl:table-cell">{t("detail.columns.amount")}</Th>
            <Th className="hidden @2xl:table-cell">{t("detail.columns.reason")}</Th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr key={r.id}>
              <Td className="whitespace-nowrap">{day(r.workDate ?? r.createdAt.toISOString().slice(0, 10))}</Td>
              <Td>{t(`kinds.${r.kind}`)}</Td>
              <Td>
                {r.recordNumber !== null ? (
                  <a href={`/${orgSlug}/service/${r.recordId}`} className="hover:underline">
                    #{r.recordNumber}
                  </a>
                ) : (
                  t("detail.none")
                )}
              </Td>
              <Td className="hidden @xl:table-cell">{r.technicianName ?? t("detail.none")}</Td>
              <Td className="hidden whitespace-nowrap @md:table-cell">{r.rawMinutes !== null ? d(r.rawMinutes) : t("detail.none")}</Td>
              <Td className="hidden whitespace-nowrap @md:table-cell">{r.roundedMinutes !== null ? d(r.roundedMinutes) : t("detail.none")}</Td>
              <Td className="whitespace-nowrap tabular-nums">{r.minutes !== 0 ? d(r.minutes) : t("detail.none")}</Td>
              <Td className="hidden @xl:table-cell">{r.amount !== null ? money(Number(r.amount)) : t("detail.none")}</Td>
              <Td className="hidden max-w-[16rem] truncate @2xl:table-cell">{r.reason ?? ""}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    );

  const state = (p: Period) => (
    <div className="flex items-center gap-2 text-sm">
      <span className="text-zinc-500">
        {p.closedAt ? t("detail.closedOn", { date: format.dateTime(p.closedAt, { dateStyle: "medium" }) }) : t("detail.open")}
      </span>
      {canClose && !p.closedAt && p.start <= (detail.currentStart ?? p.start) && (
        <ClosePeriodButton orgSlug={orgSlug} planId={detail.plan.id} periodStart={p.start} override={p.totals.needsOverride} />
      )}
    </div>
  );

  return (
    <div className="space-y-4">
      {current && (
        <Card>
          <section aria-label={t("detail.currentPeriod")}>
            <CardHeader
              title={`${t("detail.currentPeriod")}: ${t("detail.periodRange", { start: day(current.start), end: day(current.end) })}`}
              actions={state(current)}
            />
            {current.totals.needsOverride && <p className="px-4 pt-3 text-sm text-amber-700 dark:text-amber-400">{t("detail.needsOverride")}</p>}
            {detail.week.max !== null && (
              <p className="px-4 pt-3 text-sm text-zinc-600 dark:text-zinc-300">
                {t("detail.weekly", { used: d(detail.week.used), max: d(detail.week.max) })}
              </p>
            )}
            {totals(current, t("detail.currentPeriod"))}
            {rows(current)}
          </section>
        </Card>
      )}
      {others.length > 0 && (
        <Card>
          <CardHeader title={current ? t("detail.otherPeriods") : t("detail.pastPeriods")} />
          <div className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {others.map((p) => {
              const range = t("detail.periodRange", { start: day(p.start), end: day(p.end) });
              const open = p.start === openPeriod;
              const href = `/${orgSlug}/plans/${detail.plan.id}${open ? "" : `?period=${p.start}#period-${p.start}`}`;
              return (
                <section key={p.start} id={`period-${p.start}`} aria-label={range} className="scroll-mt-16">
                  <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-2 text-sm">
                    <span className="font-medium">{range}</span>
                    <span className="text-zinc-500">
                      {t("detail.totals.used")} {d(p.totals.used)} · {t("detail.totals.remaining")} {d(p.totals.remaining)}
                      {p.totals.overageMinutes > 0 ? ` · ${t("detail.totals.overage")} ${d(p.totals.overageMinutes)}` : ""}
                    </span>
                    <Link href={href} scroll={!open} prefetch={false} className="text-accent-700 hover:underline dark:text-accent-400">
                      {open ? t("detail.hideLines") : t("detail.showLines", { count: p.rows.length })}
                    </Link>
                  </div>
                  {open && (
                    <>
                      <div className="px-4 pb-2">{state(p)}</div>
                      {totals(p, range)}
                      {rows(p)}
                    </>
                  )}
                </section>
              );
            })}
          </div>
        </Card>
      )}
    </div>
  );
}
