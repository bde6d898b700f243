"use client";

import { Square, Timer } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { LiveDuration } from "@/components/service/timer/live-duration";
import { useTimerControls } from "@/components/service/timer/use-timer-actions";
import type { RunningTimer as RunningTimerData } from "@/lib/time-entries/get-running-timer";

/**
 * The header pill of the member's running timer (SPEC S3): which record, how long, and Stop.
 * It is server data loaded by the org layout, so it survives reloads and follows every page;
 * starting or stopping anywhere revalidates the layout and the pill follows.
 */
export function RunningTimer({ orgSlug, timer, canStop }: { orgSlug: string; timer: RunningTimerData | null; canStop: boolean }) {
  const t = useTranslations("timer.header");
  const controls = useTimerControls(orgSlug);
  if (!timer) return null;
  const label = timer.customerName
    ? t("runningFor", { number: timer.number, subject: timer.subject, customer: timer.customerName })
    : t("running", { number: timer.number, subject: timer.subject });
  return (
    <div className="flex h-8 items-center rounded-full border border-amber-300 bg-amber-50 text-xs text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200">
      <Link
        href={`/${orgSlug}/service/${timer.recordId}`}
        title={label}
        className="flex h-full items-center gap-1.5 rounded-l-full pr-2 pl-2.5 hover:bg-amber-100 dark:hover:bg-amber-500/20"
      >
        {/* Hidden text, not aria-label: the name must contain the visible "#12 00:05" (WCAG 2.5.3). */}
        <span className="sr-only">{label}</span>
        <Timer className="size-3.5 animate-pulse" aria-hidden />
        <span className="font-medium">#{timer.number}</span>
        <LiveDuration running={[timer.startedAt]} clock className="font-mono tabular-nums" />
      </Link>
      {canStop && (
        <button
          type="button"
          aria-label={t("stop")}
          title={t("stop")}
          disabled={controls.pending === "stop"}
          onClick={() => controls.stop()}
          className="flex h-full items-center rounded-r-full border-l border-amber-300 px-2 hover:bg-amber-100 disabled:opacity-50 dark:border-amber-500/40 dark:hover:bg-amber-500/20"
        >
          <Square className="size-3 fill-current" aria-hidden />
        </button>
      )}
    </div>
  );
}
