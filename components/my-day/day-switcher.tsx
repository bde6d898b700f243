import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { addCivilDays, formatCivilDate, parseCivilDate } from "@/lib/calendars/civil-date";

/** Previous day, today and next day; the day lives in the URL (`?date=`), so a reload or a shared link keeps it. */
export async function DaySwitcher({ orgSlug, date, isToday }: { orgSlug: string; date: string; isToday: boolean }) {
  const t = await getTranslations("myDay.days");
  const base = `/${orgSlug}/my-day`;
  const shifted = (days: number) => `${base}?date=${formatCivilDate(addCivilDays(parseCivilDate(date), days))}`;
  return (
    <nav aria-label={t("label")} className="flex items-center gap-1.5">
      <Link href={shifted(-1)} className={buttonClass("secondary", "sm")} aria-label={t("previous")} title={t("previous")}>
        <ChevronLeft className="size-4" aria-hidden />
      </Link>
      <Link href={base} className={buttonClass("secondary", "sm")} aria-current={isToday ? "date" : undefined}>
        {t("today")}
      </Link>
      <Link href={shifted(1)} className={buttonClass("secondary", "sm")} aria-label={t("next")} title={t("next")}>
        <ChevronRight className="size-4" aria-hidden />
      </Link>
    </nav>
  );
}
