import { getFormatter, getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import type { MyDay } from "@/lib/my-day/list-my-day";
import { DaySwitcher } from "./day-switcher";
import { MyDayItem } from "./my-day-item";

/** My day (issue 13 item 6): the technician's planned visits and appointments, one column for a phone. */
export async function MyDayPage({ orgSlug, timeZone, day }: { orgSlug: string; timeZone: string; day: MyDay }) {
  const t = await getTranslations("myDay");
  const format = await getFormatter();
  const dateLabel = format.dateTime(new Date(day.startsAt), { dateStyle: "full" });
  const timing = day.items.some((i) => i.kind === "record" && i.timer.canLog && i.timer.isOpen);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t("title")}
        description={<time dateTime={day.date}>{dateLabel}</time>}
        actions={<DaySwitcher orgSlug={orgSlug} date={day.date} isToday={day.isToday} />}
      />
      <Card>
        {day.items.length === 0 ? (
          <EmptyState title={day.isToday ? t("list.emptyToday") : t("list.emptyOther")}>{t("list.emptyHint")}</EmptyState>
        ) : (
          <>
            <ol aria-label={t("list.label", { date: dateLabel })} className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {day.items.map((item) => (
                <li key={`${item.kind}-${item.id}`}>
                  <MyDayItem orgSlug={orgSlug} date={day.date} timeZone={timeZone} item={item} />
                </li>
              ))}
            </ol>
            {timing && <p className="border-t border-zinc-100 px-4 py-2 text-xs text-zinc-500 dark:border-zinc-800">{t("list.timerHint")}</p>}
          </>
        )}
      </Card>
    </div>
  );
}
