"use client";

import { Pencil, Trash2 } from "lucide-react";
import { useFormatter, useTimeZone, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Badge, EmptyState } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { correctEntryAction, removeEntryAction } from "@/lib/time-entries/actions";
import { formatDuration } from "@/lib/time-entries/format";
import type { TimeEntryRow } from "@/lib/time-entries/list-record-entries";
import { LiveDuration } from "./live-duration";
import { useRunAction } from "./use-timer-actions";
import { fromLocalInput, toLocalInput } from "../form/zoned-time";

/** The record's runs, newest first; Edit level corrects or removes any of them in place. */
export function TimeEntryList({ orgSlug, entries, canCorrect }: { orgSlug: string; entries: TimeEntryRow[]; canCorrect: boolean }) {
  const t = useTranslations("timer.entries");
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section aria-labelledby="timer-entries">
      <h3 id="timer-entries" className="mb-1.5 text-xs font-medium tracking-wide text-zinc-500 uppercase">
        {t("title")}
      </h3>
      {entries.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-zinc-200 text-left text-xs text-zinc-500 dark:border-zinc-800">
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("user")}
                </th>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("start")}
                </th>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("stop")}
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {t("duration")}
                </th>
                {canCorrect && (
                  <th scope="col" className="sr-only">
                    {t("actions")}
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {entries.map((entry) =>
                editing === entry.id ? (
                  <EditEntryRow key={entry.id} orgSlug={orgSlug} entry={entry} onDone={() => setEditing(null)} />
                ) : (
                  <EntryRow key={entry.id} orgSlug={orgSlug} entry={entry} canCorrect={canCorrect} onEdit={() => setEditing(entry.id)} />
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function EntryRow({ orgSlug, entry, canCorrect, onEdit }: { orgSlug: string; entry: TimeEntryRow; canCorrect: boolean; onEdit: () => void }) {
  const t = useTranslations("timer.entries");
  const format = useFormatter();
  const { run } = useRunAction();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "medium" });
  return (
    <tr>
      <td className="py-1.5 pr-3">
        {entry.userName}
        {entry.source === "manual" && (
          <span className="ml-1.5">
            <Badge>{t("manual")}</Badge>
          </span>
        )}
        {entry.note && <p className="text-xs text-zinc-500">{entry.note}</p>}
      </td>
      <td className="py-1.5 pr-3 whitespace-nowrap">
        <time dateTime={entry.startedAt}>{when(entry.startedAt)}</time>
      </td>
      <td className="py-1.5 pr-3 whitespace-nowrap">
        {entry.stoppedAt ? <time dateTime={entry.stoppedAt}>{when(entry.stoppedAt)}</time> : <Badge tone="warning">{t("running")}</Badge>}
      </td>
      <td className="py-1.5 pr-3 text-right tabular-nums">
        {entry.seconds === null ? <LiveDuration running={[entry.startedAt]} /> : formatDuration(entry.seconds)}
      </td>
      {canCorrect && (
        <td className="py-1 text-right whitespace-nowrap">
          <Button variant="ghost" size="sm" aria-label={t("edit")} title={t("edit")} onClick={onEdit}>
            <Pencil className="size-4" aria-hidden />
          </Button>
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="sm" aria-label={t("remove")} title={t("remove")}>
                <Trash2 className="size-4" aria-hidden />
              </Button>
            }
            title={t("removeTitle")}
            description={t("removeDescription", {
              user: entry.userName,
              duration: entry.seconds === null ? t("running") : formatDuration(entry.seconds),
            })}
            confirmLabel={t("remove")}
            onConfirm={async () => {
              const done = await run("remove", () => removeEntryAction(orgSlug, { id: entry.id }));
              if (done) toast.success(t("removed"));
              return !!done;
            }}
          />
        </td>
      )}
    </tr>
  );
}

/** Inline correction: start and stop to the second in the app's time zone; a running entry keeps running if stop stays empty. */
function EditEntryRow({ orgSlug, entry, onDone }: { orgSlug: string; entry: TimeEntryRow; onDone: () => void }) {
  const t = useTranslations("timer.entries");
  const v = useTranslations("validation");
  const timeZone = useTimeZone() ?? "UTC";
  const { run, pending } = useRunAction();
  const [start, setStart] = useState(toLocalInput(entry.startedAt, timeZone, { seconds: true }));
  const [stop, setStop] = useState(entry.stoppedAt ? toLocalInput(entry.stoppedAt, timeZone, { seconds: true }) : "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const message = (key?: string) => (key ? (v.has(key as never) ? v(key as never) : v("invalid")) : undefined);

  const save = async () => {
    setErrors({});
    const values = {
      id: entry.id,
      startedAt: fromLocalInput(start, timeZone),
      stoppedAt: stop ? fromLocalInput(stop, timeZone) : null,
      note: entry.note,
    };
    const done = await run(
      "save",
      () => correctEntryAction(orgSlug, values),
      (e) => setErrors((prev) => ({ ...prev, ...e })),
    );
    if (done) {
      toast.success(t("corrected"));
      onDone();
    }
  };

  return (
    <tr className="bg-accent-50/40 dark:bg-accent-500/5">
      <td className="py-2 pr-3 align-top">{entry.userName}</td>
      <td className="py-2 pr-3 align-top">
        <Input
          type="datetime-local"
          step={1}
          aria-label={t("start")}
          aria-invalid={errors.startedAt ? true : undefined}
          value={start}
          onChange={(e) => setStart(e.target.value)}
          className="min-w-48"
        />
        {errors.startedAt && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{message(errors.startedAt)}</p>}
      </td>
      <td className="py-2 pr-3 align-top">
        <Input
          type="datetime-local"
          step={1}
          aria-label={t("stop")}
          aria-invalid={errors.stoppedAt ? true : undefined}
          value={stop}
          onChange={(e) => setStop(e.target.value)}
          className="min-w-48"
        />
        {errors.stoppedAt && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{message(errors.stoppedAt)}</p>}
      </td>
      <td colSpan={2} className="py-2 text-right align-top whitespace-nowrap">
        <Button size="sm" pending={pending === "save"} onClick={save}>
          {t("save")}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          {t("cancel")}
        </Button>
      </td>
    </tr>
  );
}
