"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DateRangeFields, readRange } from "./date-range-fields";
import { useReportNavigation } from "./use-report-navigation";

/** The overage report's range; applying it rewrites the URL and the server renders the report. */
export function OverageReportFilters({ from, to, rangeError }: { from: string; to: string; rangeError?: string }) {
  const t = useTranslations("reports");
  const { navigate, pending } = useReportNavigation({ from, to });
  return (
    <form
      aria-busy={pending}
      className="grid gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-[repeat(2,minmax(9rem,1fr))_auto] sm:items-end dark:border-zinc-800 dark:bg-zinc-900"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(readRange(event.currentTarget));
      }}
    >
      <DateRangeFields key={`${from}:${to}`} from={from} to={to} error={rangeError} />
      <Button type="submit" variant="secondary" pending={pending}>
        {t("filters.apply")}
      </Button>
      <p className="text-xs text-zinc-500 sm:col-span-3">{t("overageReport.rangeHint")}</p>
    </form>
  );
}
