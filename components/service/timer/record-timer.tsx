"use client";

import { LogIn, LogOut, Play, Square } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import type { RecordTimerData } from "@/lib/time-entries/get-record-timer";
import { checkInAction, checkOutAction } from "@/lib/time-entries/actions";
import { LiveDuration } from "./live-duration";
import { ManualEntryForm } from "./manual-entry-form";
import { TimeEntryList } from "./time-entry-list";
import { useRunAction, useTimerControls } from "./use-timer-actions";

/**
 * SPEC S3 on a service record: the big Start/Stop, the live clock, check-in/out for assignees,
 * per-person and record totals (h:mm:ss, exact to the second), the entries with inline
 * corrections for Edit level, and a manual entry form.
 *
 * Props: `orgSlug`, and `timer` — what `getRecordTimer(ctx, { recordId })` returns (the server
 * wrapper RecordTimerSection loads it). Everything shown is server data, so a reload shows the
 * same running clock: elapsed time is computed from the stored start, never counted from mount.
 */
export function RecordTimer({ orgSlug, timer }: { orgSlug: string; timer: RecordTimerData }) {
  const t = useTranslations("timer.card");
  const controls = useTimerControls(orgSlug);
  const mine = timer.entries.find((e) => e.id === timer.runningEntryId) ?? null;
  const runningStarts = timer.entries.filter((e) => e.stoppedAt === null).map((e) => e.startedAt);

  return (
    <Card>
      <CardHeader
        title={t("title")}
        actions={
          <p className="text-sm">
            <span className="text-zinc-500">{t("total")} </span>
            <LiveDuration base={timer.totalSeconds} running={runningStarts} className="font-semibold tabular-nums" />
          </p>
        }
      />
      <div className="space-y-5 p-4">
        {timer.canLog && (
          <div className="flex flex-wrap items-center gap-4">
            {mine ? (
              <Button
                variant="danger"
                className="h-12 min-w-36 px-5 text-base"
                pending={controls.pending === "stop"}
                onClick={() => controls.stop(timer.recordId)}
              >
                <Square className="size-4" aria-hidden />
                {t("stop")}
              </Button>
            ) : (
              <Button
                className="h-12 min-w-36 px-5 text-base"
                disabled={!timer.isOpen}
                pending={controls.pending === "start"}
                onClick={() => controls.start(timer.recordId, timer.number)}
              >
                <Play className="size-4" aria-hidden />
                {t("start")}
              </Button>
            )}
            <div role="timer" aria-live="off" aria-label={t("yourClock")}>
              {mine ? (
                <LiveDuration running={[mine.startedAt]} clock className="font-mono text-3xl font-semibold tabular-nums" />
              ) : (
                <span className="font-mono text-3xl font-semibold text-zinc-500 tabular-nums">00:00</span>
              )}
            </div>
            <p className="basis-full text-xs text-zinc-500">{timer.isOpen ? t("oneTimerHint") : t("notOpenHint")}</p>
          </div>
        )}

        {timer.isAssignee && <CheckInOut orgSlug={orgSlug} timer={timer} />}

        {timer.users.length > 0 && (
          <section aria-labelledby="timer-per-person">
            <h3 id="timer-per-person" className="mb-1.5 text-xs font-medium tracking-wide text-zinc-500 uppercase">
              {t("perPerson")}
            </h3>
            <ul className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
              {timer.users.map((u) => (
                <li key={u.userId} className="flex justify-between gap-3 py-1.5">
                  <span>{u.name}</span>
                  <LiveDuration base={u.seconds} running={u.runningSince ? [u.runningSince] : []} className="tabular-nums" />
                </li>
              ))}
            </ul>
          </section>
        )}

        <TimeEntryList orgSlug={orgSlug} entries={timer.entries} canCorrect={timer.canCorrect && timer.status !== "closed"} />

        {timer.canLog && timer.isOpen && <ManualEntryForm orgSlug={orgSlug} recordId={timer.recordId} />}
      </div>
    </Card>
  );
}

/** The technician's times on site (SPEC S3/S7): check in on arrival, check out on leaving. */
function CheckInOut({ orgSlug, timer }: { orgSlug: string; timer: RecordTimerData }) {
  const t = useTranslations("timer.card");
  const toasts = useTranslations("timer.toasts");
  const format = useFormatter();
  const { run, pending } = useRunAction();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="timer-on-site" className="rounded-md bg-zinc-50 p-3 dark:bg-zinc-800/50">
      <h3 id="timer-on-site" className="mb-2 text-xs font-medium tracking-wide text-zinc-500 uppercase">
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
