"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { ClearFiltersButton, OptionFilter } from "@/components/lists/list-toolbar";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { shiftBoardDate } from "@/lib/dispatch/board-range";
import { BOARD_SPANS, type BoardQuery } from "@/lib/dispatch/schemas";

type Option = { id: string; label: string };

const dateInput =
  "h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 dark:border-zinc-700 dark:bg-zinc-900";

/** Day or week, previous / today / next, the date, and the filters: every control rewrites the URL's view. */
export function BoardToolbar({
  view,
  date,
  today,
  rangeLabel,
  options,
  onChange,
}: {
  view: BoardQuery;
  /** The date shown (the URL's, else today). */
  date: string;
  today: string;
  rangeLabel: string;
  options: { regions: Option[]; departments: Option[]; serviceTypes: Option[] };
  onChange: (changes: Partial<BoardQuery>) => void;
}) {
  const t = useTranslations("dispatch.board.toolbar");
  const filtered = Boolean(view.region || view.department || view.serviceType);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div role="group" aria-label={t("span")} className="inline-flex rounded-md border border-zinc-300 p-0.5 dark:border-zinc-700">
        {BOARD_SPANS.map((span) => (
          <button
            key={span}
            type="button"
            aria-pressed={view.span === span}
            onClick={() => onChange({ span })}
            className={cn(
              "h-7 rounded px-2.5 text-sm font-medium",
              view.span === span
                ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900"
                : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800",
            )}
          >
            {t(span)}
          </button>
        ))}
      </div>
      <div className="inline-flex items-center gap-1">
        <button
          type="button"
          className={buttonClass("secondary", "sm")}
          aria-label={t("previous")}
          onClick={() => onChange({ date: shiftBoardDate(date, view.span, -1) })}
        >
          <ChevronLeft className="size-4" aria-hidden />
        </button>
        <button type="button" className={buttonClass("secondary", "sm")} onClick={() => onChange({ date: today })}>
          {t("today")}
        </button>
        <button
          type="button"
          className={buttonClass("secondary", "sm")}
          aria-label={t("next")}
          onClick={() => onChange({ date: shiftBoardDate(date, view.span, 1) })}
        >
          <ChevronRight className="size-4" aria-hidden />
        </button>
      </div>
      <input
        type="date"
        aria-label={t("date")}
        className={dateInput}
        value={date}
        onChange={(e) => e.target.value && onChange({ date: e.target.value })}
      />
      <span className="text-sm font-medium text-zinc-700 dark:text-zinc-300" aria-live="polite">
        {rangeLabel}
      </span>
      <div role="group" aria-label={t("filters")} className="flex flex-wrap items-center gap-2 sm:ml-auto">
        {options.regions.length > 0 && (
          <OptionFilter
            label={t("region")}
            anyLabel={t("anyRegion")}
            options={options.regions}
            value={view.region ?? undefined}
            onChange={(region) => onChange({ region: region ?? null })}
          />
        )}
        {options.departments.length > 0 && (
          <OptionFilter
            label={t("department")}
            anyLabel={t("anyDepartment")}
            options={options.departments}
            value={view.department ?? undefined}
            onChange={(department) => onChange({ department: department ?? null })}
          />
        )}
        {options.serviceTypes.length > 0 && (
          <OptionFilter
            label={t("serviceType")}
            anyLabel={t("anyServiceType")}
            options={options.serviceTypes}
            value={view.serviceType ?? undefined}
            onChange={(serviceType) => onChange({ serviceType: serviceType ?? null })}
          />
        )}
        {filtered && <ClearFiltersButton label={t("clear")} onClick={() => onChange({ region: null, department: null, serviceType: null })} />}
      </div>
    </div>
  );
}
