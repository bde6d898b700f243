"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { SlaMetBar } from "./sla-met-bar-chart";

// Loaded in the browser only, and only on the SLA report: recharts adds ≈ 110 KB.
const SlaMetBarChart = dynamic(() => import("./sla-met-bar-chart"), {
  ssr: false,
  loading: () => <div className="h-60 animate-pulse rounded bg-zinc-100 dark:bg-zinc-800" />,
});

/** The chart of % met; the exact figures are in the table below it (and for screen readers). */
export function SlaMetChart({ data }: { data: SlaMetBar[] }) {
  const t = useTranslations("reports");
  const title = t("slaReport.chartTitle");
  return (
    <figure
      role="img"
      aria-label={t("chartLabel", { title })}
      className="min-w-0 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <figcaption className="mb-2 text-sm font-medium">{title}</figcaption>
      <div aria-hidden>
        <SlaMetBarChart
          data={data}
          names={{ firstResponse: t("slaReport.columns.firstResponseMet"), resolution: t("slaReport.columns.resolutionMet") }}
        />
      </div>
    </figure>
  );
}
