import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, CardHeader } from "@/components/ui/card";
import type { SlaClockState } from "@/db/schema/enum-values";
import type { OrgContext } from "@/lib/context";
import { getRecordSla, type RecordSla } from "@/lib/sla/get-record-sla";
import { splitMinutes } from "@/lib/sla/time-left";

const STATE_TONE = {
  running: "accent",
  paused: "neutral",
  met: "accent",
  breached: "danger",
  breached_met_late: "warning",
} as const satisfies Record<SlaClockState, string>;

type Clock = RecordSla["clocks"][number];
type ClockReading = NonNullable<Clock["resolution"]>;

/** The record page's SLA card (issue 11): nothing at all for a record without a clock. */
export async function SlaCard({ ctx, recordId }: { ctx: OrgContext; recordId: string }) {
  const { clocks } = await getRecordSla(ctx, { recordId });
  if (!clocks.length) return null;
  const t = await getTranslations("service.sla");
  const statuses = await getTranslations("service.statuses");
  const format = await getFormatter();
  const duration = (total: number) => {
    const { hours, minutes } = splitMinutes(total);
    return hours ? t("hoursMinutes", { hours, minutes }) : t("minutes", { minutes });
  };
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: ctx.org.timeZone });
  const reading = (label: string, c: ClockReading | null) => (
    <div className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2.5 text-sm">
      <dt className="font-medium">{label}</dt>
      <dd className="flex flex-wrap items-center gap-2 text-right">
        {c ? (
          <>
            <span>{c.stoppedAt ? t("metAt", { at: when(c.stoppedAt) }) : t("dueAt", { at: when(c.deadline) })}</span>
            <span className={c.overdue > 0 || c.state === "breached" ? "font-medium text-red-700 dark:text-red-400" : "text-zinc-500"}>
              {c.state === "breached" || c.state === "breached_met_late"
                ? t("overdue", { duration: duration(c.overdue) })
                : c.state === "met"
                  ? null
                  : c.state === "paused"
                    ? t("pausedLeft", { duration: duration(c.left) })
                    : t("left", { duration: duration(c.left) })}
            </span>
            <Badge tone={STATE_TONE[c.state]}>{t(`states.${c.state}`)}</Badge>
          </>
        ) : (
          <span className="text-zinc-500">{t("noTarget")}</span>
        )}
      </dd>
    </div>
  );
  return (
    <>
      {clocks.map((clock: Clock) => (
        <Card key={clock.kind}>
          <CardHeader
            title={t(`kinds.${clock.kind}`)}
            description={[
              clock.contractName && `${t("policy")}: ${clock.contractName}`,
              clock.calendarName && `${t("calendar")}: ${clock.calendarName}`,
            ]
              .filter(Boolean)
              .join(" · ")}
          />
          <dl className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {reading(t("firstResponse"), clock.firstResponse)}
            {reading(t("resolution"), clock.resolution)}
          </dl>
          <div className="border-t border-zinc-100 px-4 py-2.5 dark:border-zinc-800">
            <h3 className="text-xs font-medium uppercase tracking-wide text-zinc-500">{t("timelineTitle")}</h3>
            <ol aria-label={t("timelineTitle")} className="mt-1 space-y-0.5 text-sm">
              {clock.timeline.map((s) => (
                <li key={s.from}>
                  <time dateTime={s.from} className="text-zinc-500 tabular-nums">
                    {when(s.from)}
                  </time>{" "}
                  {s.kind === "paused"
                    ? t("timeline.paused", { duration: duration(s.minutes), status: statuses(s.status as Parameters<typeof statuses>[0]) })
                    : t(`timeline.${s.kind}`, { duration: duration(s.minutes) })}
                </li>
              ))}
            </ol>
          </div>
        </Card>
      ))}
    </>
  );
}
