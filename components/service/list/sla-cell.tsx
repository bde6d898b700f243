"use client";

import type { useTranslations } from "next-intl";
import { splitMinutes, timeLeft, type SlaCache, type TimeLeftTone } from "@/lib/sla/time-left";

type SlaText = ReturnType<typeof useTranslations<"service.sla">>;

const TONE_CLASS: Record<TimeLeftTone, string> = {
  ok: "text-emerald-700 dark:text-emerald-400",
  warning: "text-amber-700 dark:text-amber-400",
  breached: "text-red-700 font-medium dark:text-red-400",
  paused: "text-zinc-500",
  met: "text-zinc-500",
};

export function formatDuration(t: SlaText, total: number) {
  const { hours, minutes } = splitMinutes(total);
  return hours ? t("hoursMinutes", { hours, minutes }) : t("minutes", { minutes });
}

/** The list's coloured "time left": green, amber from the warning share, red once breached. */
export function SlaTimeLeft({ sla, t, now }: { sla: SlaCache | null; t: SlaText; now: Date }) {
  if (!sla) return <span className="text-zinc-400">—</span>;
  const left = timeLeft(sla, now);
  const duration = formatDuration(t, left.minutes);
  const label =
    left.tone === "met"
      ? t("states.met")
      : left.tone === "paused"
        ? t("pausedLeft", { duration })
        : left.tone === "breached"
          ? sla.state === "breached_met_late"
            ? t("states.breached_met_late")
            : t("overdue", { duration })
          : t("left", { duration });
  return (
    // The server's and the browser's "now" differ by the page's travel time: the minute may too.
    <span suppressHydrationWarning data-tone={left.tone} className={`whitespace-nowrap tabular-nums ${TONE_CLASS[left.tone]}`}>
      {label}
    </span>
  );
}
