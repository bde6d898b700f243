import { CalendarClock, MapPin, Phone, Wrench } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/service/record/status-badge";
import { CheckInOut, TimerControl } from "@/components/service/timer/timer-controls";
import { Badge } from "@/components/ui/card";
import { civilDateOf, formatCivilDate } from "@/lib/calendars/civil-date";
import { formatPhone } from "@/lib/fields/format-phone";
import type { MyDayItem as Item } from "@/lib/my-day/list-my-day";

const LINK = "text-accent-700 hover:underline dark:text-accent-500";

/**
 * One visit or appointment of My day, for a phone: when, what (linking to its page), for whom,
 * where (the address opens the map app), whom to call (tap to call), and for a record the
 * timer and check-in/out — the record page's own controls.
 */
export async function MyDayItem({ orgSlug, date, timeZone, item }: { orgSlug: string; date: string; timeZone: string; item: Item }) {
  const t = await getTranslations("myDay.item");
  const format = await getFormatter();
  const start = new Date(item.startsAt);
  // A window wholly inside the shown day needs no dates; one that starts or ends on another day does.
  const inDay = (at: Date) => formatCivilDate(civilDateOf(at, timeZone)) === date;
  const when = item.endsAt
    ? format.dateTimeRange(
        start,
        new Date(item.endsAt),
        inDay(start) && inDay(new Date(item.endsAt)) ? { timeStyle: "short" } : { dateStyle: "short", timeStyle: "short" },
      )
    : t("from", { time: format.dateTime(start, inDay(start) ? { timeStyle: "short" } : { dateStyle: "short", timeStyle: "short" }) });
  const headingId = `my-day-${item.kind}-${item.id}`;
  const record = item.kind === "record" ? item : null;
  const href = record ? `/${orgSlug}/service/${record.id}` : `/${orgSlug}/agenda/${item.id}`;
  const title = item.kind === "record" ? `#${item.number} ${item.subject}` : item.title;

  return (
    <article aria-labelledby={headingId} className="space-y-2.5 px-4 py-3">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <time dateTime={item.startsAt} className="font-semibold tabular-nums">
          {when}
        </time>
        <Badge tone={record ? "accent" : "neutral"}>
          {record ? <Wrench className="mr-1 inline size-3" aria-hidden /> : <CalendarClock className="mr-1 inline size-3" aria-hidden />}
          {t(item.kind)}
        </Badge>
        {record && <StatusBadge status={record.status} />}
      </div>
      <div className="min-w-0">
        <h2 id={headingId} className="text-base font-medium break-words">
          <Link href={href} className={LINK}>
            {title}
          </Link>
        </h2>
        {item.customer && <p className="text-sm break-words text-zinc-600 dark:text-zinc-400">{item.customer.name}</p>}
      </div>
      <dl className="space-y-1.5 text-sm">
        <div className="flex min-w-0 items-start gap-2">
          <dt className="pt-0.5">
            <MapPin className="size-4 text-zinc-400" aria-hidden />
            <span className="sr-only">{t("address")}</span>
          </dt>
          <dd className="min-w-0 break-words">
            {item.address ? (
              <a
                href={`https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(item.address)}`}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t("openInMaps", { address: item.address })}
                className={LINK}
              >
                {item.address}
              </a>
            ) : (
              <span className="text-zinc-500">{t("noAddress")}</span>
            )}
          </dd>
        </div>
        <div className="flex min-w-0 items-start gap-2">
          <dt className="pt-0.5">
            <Phone className="size-4 text-zinc-400" aria-hidden />
            <span className="sr-only">{t("phone")}</span>
          </dt>
          <dd className="min-w-0 break-words">
            {item.phone ? (
              <>
                <a href={`tel:${item.phone}`} className={`${LINK} font-medium`}>
                  {formatPhone(item.phone)}
                </a>
                {record?.phoneOf && <span className="text-zinc-500"> · {record.phoneOf}</span>}
              </>
            ) : (
              <span className="text-zinc-500">{t("noPhone")}</span>
            )}
          </dd>
        </div>
      </dl>
      {record && (
        <div className="space-y-3 pt-1">
          {record.timer.canLog && (
            <TimerControl
              orgSlug={orgSlug}
              recordId={record.id}
              number={record.number}
              isOpen={record.timer.isOpen}
              runningSince={record.timer.runningSince}
              hint={false}
            />
          )}
          <CheckInOut orgSlug={orgSlug} timer={record.timer} />
        </div>
      )}
    </article>
  );
}
