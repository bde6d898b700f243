"use client";

import { useFormatter, useTranslations } from "next-intl";
import { CIVIL_DATE_FORMAT, civilDateValue } from "@/components/contracts/contract-dates";
import type { HolidayCountry } from "@/lib/calendars/schemas";

/** Per country, this year's and next year's public days off (computed on the server from date-holidays). */
export type PreviewYears = Record<HolidayCountry, { year: number; holidays: { date: string; name: string }[] }[]>;

export function PublicHolidayPreview({ country, previews }: { country: HolidayCountry | null; previews: PreviewYears }) {
  const t = useTranslations("calendars.preview");
  const format = useFormatter();
  if (!country) return <p className="text-sm text-zinc-500">{t("none")}</p>;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {previews[country].map(({ year, holidays }) => (
        <section
          key={year}
          aria-label={t("title", { year })}
          className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <h2 className="mb-2 text-sm font-semibold">{t("title", { year })}</h2>
          <ul className="space-y-1 text-sm">
            {holidays.map((h) => (
              <li key={h.date} className="flex gap-3">
                <span className="w-28 shrink-0 tabular-nums text-zinc-500">{format.dateTime(civilDateValue(h.date), CIVIL_DATE_FORMAT)}</span>
                <span className="min-w-0">{h.name}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
