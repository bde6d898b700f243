import { getFormatter, getTranslations } from "next-intl/server";
import { ExportMenu } from "@/components/exports/export-menu";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDuration } from "@/lib/time-entries/format";
import { DurationChart } from "./duration-chart";

/** The same status badge as the Service list and record page. */
export { StatusBadge } from "@/components/service/record/status-badge";

/** Durations are tabular: digits line up down a column. */
export function Duration({ seconds }: { seconds: number }) {
  return <span className="tabular-nums">{formatDuration(seconds)}</span>;
}

/** Records, total time and average score in three tiles. */
export async function SummaryTiles({
  records,
  seconds,
  averageScore,
  scoredCount,
  timeLabel,
}: {
  records: number;
  seconds: number;
  averageScore: number | null;
  scoredCount: number;
  timeLabel: string;
}) {
  const [t, format] = await Promise.all([getTranslations("reports.summary"), getFormatter()]);
  const tiles = [
    { label: t("records"), value: String(records), note: null },
    { label: timeLabel, value: formatDuration(seconds), note: null },
    {
      label: t("averageScore"),
      value: averageScore === null ? "–" : format.number(averageScore, { maximumFractionDigits: 2 }),
      note: averageScore === null ? t("noScore") : t("scoredFrom", { count: scoredCount }),
    },
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      {tiles.map((tile) => (
        <div key={tile.label} className="rounded-lg border border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900">
          <dt className="text-xs font-medium uppercase tracking-wide text-zinc-500">{tile.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{tile.value}</dd>
          {tile.note && <dd className="text-xs text-zinc-500">{tile.note}</dd>}
        </div>
      ))}
    </dl>
  );
}

/** One total (per service type, per technician): the chart, then the exact values. */
export async function DurationTotals({ title, rows }: { title: string; rows: { key: string; label: string; seconds: number }[] }) {
  const t = await getTranslations("reports");
  const charted = rows.filter((r) => r.seconds > 0);
  return (
    <Card>
      <CardHeader title={title} />
      <div className="space-y-3 p-4">
        {charted.length > 0 ? (
          <DurationChart title={title} data={charted.map(({ label, seconds }) => ({ label, seconds }))} />
        ) : (
          <p className="text-sm text-zinc-500">{t("noTime")}</p>
        )}
        {rows.length > 0 && (
          <dl className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800/60">
            {rows.map((row) => (
              <div key={row.key} className="flex justify-between gap-3 py-1.5">
                <dt className="truncate">{row.label}</dt>
                <dd>
                  <Duration seconds={row.seconds} />
                </dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </Card>
  );
}

/** The report's export menu (CSV and .xlsx) for the filters shown. */
export async function ExportLink({ href }: { href: string }) {
  const t = await getTranslations("reports");
  return <ExportMenu href={href} label={t("export")} hint={t("exportHint")} />;
}
