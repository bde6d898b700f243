"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { DurationBar } from "./duration-bar-chart";

// Loaded in the browser only, and only where a chart is on screen: recharts adds ≈ 110 KB.
const DurationBarChart = dynamic(() => import("./duration-bar-chart"), {
  ssr: false,
  loading: () => <div className="h-32 animate-pulse rounded bg-zinc-100 dark:bg-zinc-800" />,
});

/** A bar chart of durations; the exact values sit beside it as a list (and for screen readers). */
export function DurationChart({ title, data }: { title: string; data: DurationBar[] }) {
  const t = useTranslations("reports");
  return (
    <figure role="img" aria-label={t("chartLabel", { title })} className="min-w-0">
      <div aria-hidden>
        <DurationBarChart data={data} />
      </div>
    </figure>
  );
}
