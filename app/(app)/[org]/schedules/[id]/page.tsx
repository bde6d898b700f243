import { ChevronLeft, Pencil } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CIVIL_DATE_FORMAT, civilDateValue } from "@/components/contracts/contract-dates";
import { ScheduleDeleteButton } from "@/components/schedules/schedule-delete-button";
import { SchedulePauseButton } from "@/components/schedules/schedule-pause-button";
import { AccessDenied } from "@/components/shell/access-denied";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, CardHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listBusinessCalendars } from "@/lib/calendars/list-business-calendars";
import { can } from "@/lib/permissions/can";
import { describeRecurrence } from "@/lib/schedules/describe-recurrence";
import { scheduleStateOf } from "@/lib/schedules/list-params";
import { loadSchedule } from "./load-schedule";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(() => loadSchedule(org, id));
  return { title: loaded.denied ? (await getTranslations("errors"))("deniedTitle") : loaded.data.detail.schedule.title };
}

/** SPEC K3: a schedule, its past visits with their records and the next ten to come (moved ones marked). */
export default async function SchedulePage({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(async () => {
    const { ctx, detail } = await loadSchedule(org, id);
    return { ctx, detail, calendars: await listBusinessCalendars(ctx) };
  });
  if (loaded.denied) return <AccessDenied />;
  const { ctx, detail, calendars } = loaded.data;
  const { schedule, customer, technicians, past, upcoming } = detail;
  const t = await getTranslations("schedules");
  const format = await getFormatter();
  const slug = ctx.org.slug;
  const date = (value: string) => format.dateTime(civilDateValue(value), CIVIL_DATE_FORMAT);
  const rule = describeRecurrence(
    detail.recurrence,
    (key, values) => t(`recurrence.${key}`, values),
    (d, o) => format.dateTime(d, o),
  );
  const ends = schedule.untilDate
    ? t("detail.endsUntil", { date: civilDateValue(schedule.untilDate) })
    : schedule.count
      ? t("detail.endsCount", { count: schedule.count })
      : t("detail.endsNever");
  const rows: [string, string][] = [
    [t("columns.repeats"), rule],
    [t("fields.firstDate"), date(schedule.firstDate)],
    [t("detail.ends"), ends],
    [t("fields.leadDays"), t("detail.leadDays", { count: schedule.leadDays })],
    [t("detail.technicians"), technicians.map((m) => m.name).join(", ") || t("detail.noTechnicians")],
    [t("detail.calendar"), calendars.find((c) => c.id === schedule.calendarId)?.name ?? t("detail.noCalendar")],
    [t("detail.policy"), t(`fields.policies.${schedule.catchUpPolicy}`)],
  ];
  const moved = (o: { date: string; moved: boolean }) =>
    o.moved ? <span className="ml-1 text-xs text-amber-700 dark:text-amber-400">({t("detail.moved", { date: civilDateValue(o.date) })})</span> : null;
  const state = scheduleStateOf(schedule);

  return (
    <>
      <div className="mb-6">
        <Link
          href={`/${slug}/schedules`}
          className="mb-2 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200"
        >
          <ChevronLeft className="size-4" aria-hidden />
          {t("title")}
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-xl font-semibold tracking-tight break-words">{schedule.title}</h1>
            <div className="mt-1.5 flex flex-wrap items-center gap-2 text-sm text-zinc-500">
              <Badge tone={state === "active" ? "accent" : state === "paused" ? "warning" : "neutral"}>{t(`states.${state}`)}</Badge>
              {schedule.pausedAt && <span>{t("detail.paused", { date: schedule.pausedAt })}</span>}
              {customer && (
                <Link href={`/${slug}/customers/${customer.id}`} className="hover:underline">
                  {customer.name}
                </Link>
              )}
            </div>
          </div>
          <div className="flex flex-wrap gap-2">
            {can(ctx.actor, "schedules.update") && (
              <Link href={`/${slug}/schedules/${schedule.id}/edit`} className={buttonClass("secondary")}>
                <Pencil className="size-4" aria-hidden />
                {t("detail.edit")}
              </Link>
            )}
            {can(ctx.actor, "schedules.pause") && (
              <SchedulePauseButton orgSlug={slug} schedule={{ id: schedule.id, version: schedule.version, paused: !!schedule.pausedAt }} />
            )}
            {can(ctx.actor, "schedules.delete") && <ScheduleDeleteButton orgSlug={slug} schedule={{ id: schedule.id, version: schedule.version }} />}
          </div>
        </div>
      </div>
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card>
          <CardHeader title={t("detail.summary")} />
          <dl className="grid grid-cols-1 gap-x-4 gap-y-3 p-4 text-sm">
            {rows.map(([label, value]) => (
              <div key={label} className="min-w-0">
                <dt className="text-xs font-medium text-zinc-500">{label}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader title={t("detail.upcoming")} />
            {upcoming.length === 0 ? (
              <p className="px-4 py-3 text-sm text-zinc-500">{t("detail.upcomingEmpty")}</p>
            ) : (
              <Table label={t("detail.upcoming")}>
                <thead>
                  <tr>
                    <Th>{t("detail.columns.planned")}</Th>
                    <Th>{t("detail.columns.createsOn")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {upcoming.map((o) => (
                    <tr key={o.date}>
                      <Td>
                        {date(o.planned)}
                        {moved(o)}
                      </Td>
                      <Td>{date(o.createsOn)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
          <Card>
            <CardHeader title={t("detail.past")} />
            {past.length === 0 ? (
              <p className="px-4 py-3 text-sm text-zinc-500">{t("detail.pastEmpty")}</p>
            ) : (
              <Table label={t("detail.past")}>
                <thead>
                  <tr>
                    <Th>{t("detail.columns.planned")}</Th>
                    <Th>{t("detail.columns.state")}</Th>
                    <Th>{t("detail.columns.record")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {past.map((o) => (
                    <tr key={o.date}>
                      <Td>
                        {date(o.planned)}
                        {moved(o)}
                      </Td>
                      <Td>{t(`detail.occurrenceStates.${o.state}`)}</Td>
                      <Td>
                        {o.recordId && o.recordNumber !== null ? (
                          <Link href={`/${slug}/service/${o.recordId}`} className="font-medium hover:underline">
                            #{o.recordNumber}
                          </Link>
                        ) : (
                          "—"
                        )}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
