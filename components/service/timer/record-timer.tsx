"use client";

import { useTranslations } from "next-intl";
import { Card, CardHeader } from "@/components/ui/card";
import type { RecordTimerData } from "@/lib/time-entries/get-record-timer";
import { LiveDuration } from "./live-duration";
import { ManualEntryForm } from "./manual-entry-form";
import { TimeEntryList } from "./time-entry-list";
import { CheckInOut, TimerControl } from "./timer-controls";

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
          <TimerControl
            orgSlug={orgSlug}
            recordId={timer.recordId}
            number={timer.number}
            isOpen={timer.isOpen}
            runningSince={mine?.startedAt ?? null}
          />
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
