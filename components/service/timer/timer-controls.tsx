"use client";

import { LogIn, LogOut, Play, Square } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { RecordTimerData } from "@/lib/time-entries/get-record-timer";
import { checkInAction, checkOutAction } from "@/lib/time-entries/actions";
import { LiveDuration } from "./live-duration";
import { useRunAction, useTimerControls } from "./use-timer-actions";

// The timer card's controls on their own, so a page that shows only them (My day) ships only
// their messages, not the entry list's and the manual form's.

/**
 * The big Start/Stop and the viewer's own clock for one record — on the record page and on each
 * record of My day. `runningSince`: the start of the viewer's running entry on this record.
 * `hint`: the one-timer rule under the button; My day's list says it once for all its records.
 */
export function TimerControl({
  orgSlug,
  recordId,
  number,
  isOpen,
  runningSince,
  hint = true,
}: {
  orgSlug: string;
  recordId: string;
  number: number;
  isOpen: boolean;
  runningSince: string | null;
  hint?: boolean;
}) {
  const t = useTranslations("timer.card");
  const controls = useTimerControls(orgSlug);
  return (
    <div className="flex flex-wrap items-center gap-4">
      {runningSince ? (
        <Button
          variant="danger"
          className="h-12 min-w-36 px-5 text-base"
          pending={controls.pending === "stop"}
          onClick={() => controls.stop(recordId)}
        >
          <Square className="size-4" aria-hidden />
          {t("stop")}
        </Button>
      ) : (
        <Button
          className="h-12 min-w-36 px-5 text-base"
          disabled={!isOpen}
          pending={controls.pending === "start"}
          onClick={() => controls.start(recordId, number)}
        >
          <Play className="size-4" aria-hidden />
          {t("start")}
        </Button>
      )}
      <div role="timer" aria-live="off" aria-label={t("yourClock")}>
        {runningSince ? (
          <LiveDuration running={[runningSince]} clock className="font-mono text-3xl font-semibold tabular-nums" />
        ) : (
          <span className="font-mono text-3xl font-semibold text-zinc-500 tabular-nums">00:00</span>
        )}
      </div>
      {(hint || !isOpen) && <p className="basis-full text-xs text-zinc-500">{isOpen ? t("oneTimerHint") : t("notOpenHint")}</p>}
    </div>
  );
}

/** What check-in/out needs of a record's timer data: the record page's and My day's. */
type OnSite = Pick<RecordTimerData, "recordId" | "canLog" | "isOpen" | "checkInAt" | "checkOutAt">;

/**
 * The technician's times on site (SPEC S3/S7): check in on arrival, check out on leaving. Also on
 * each record of My day, so its heading's id is per instance.
 */
export function CheckInOut({ orgSlug, timer }: { orgSlug: string; timer: OnSite }) {
  const t = useTranslations("timer.card");
  const toasts = useTranslations("timer.toasts");
  const format = useFormatter();
  const { run, pending } = useRunAction();
  const headingId = useId();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby={headingId} className="rounded-md bg-zinc-50 p-3 dark:bg-zinc-800/50">
      <h3 id={headingId} className="mb-2 text-xs font-medium tracking-wide text-zinc-500 uppercase">
        {t("onSite")}
      </h3>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
        <p>
          <span className="text-zinc-500">{t("checkedIn")}: </span>
          {timer.checkInAt ? <time dateTime={timer.checkInAt}>{when(timer.checkInAt)}</time> : "—"}
        </p>
        <p>
          <span className="text-zinc-500">{t("checkedOut")}: </span>
          {timer.checkOutAt ? <time dateTime={timer.checkOutAt}>{when(timer.checkOutAt)}</time> : "—"}
        </p>
        {timer.canLog && !timer.checkInAt && timer.isOpen && (
          <Button
            variant="secondary"
            size="sm"
            pending={pending === "in"}
            onClick={async () => {
              if (await run("in", () => checkInAction(orgSlug, { recordId: timer.recordId }))) toast.success(toasts("checkedIn"));
            }}
          >
            <LogIn className="size-4" aria-hidden />
            {t("checkIn")}
          </Button>
        )}
        {timer.canLog && timer.checkInAt && !timer.checkOutAt && (
          <Button
            variant="secondary"
            size="sm"
            pending={pending === "out"}
            onClick={async () => {
              if (await run("out", () => checkOutAction(orgSlug, { recordId: timer.recordId }))) toast.success(toasts("checkedOut"));
            }}
          >
            <LogOut className="size-4" aria-hidden />
            {t("checkOut")}
          </Button>
        )}
      </div>
    </section>
  );
}
