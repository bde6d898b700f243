"use client";

import { Plus } from "lucide-react";
import { useTimeZone, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useIdempotencyKey } from "@/components/forms/use-idempotency-key";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { addManualEntryAction } from "@/lib/time-entries/actions";
import { formatDuration, secondsBetween } from "@/lib/time-entries/format";
import { useRunAction } from "./use-timer-actions";
import { fromLocalInput } from "../form/zoned-time";

/** Time worked without the timer (the call taken on the road): the user's own, in the past. */
export function ManualEntryForm({ orgSlug, recordId }: { orgSlug: string; recordId: string }) {
  const t = useTranslations("timer.manual");
  const timeZone = useTimeZone() ?? "UTC";
  const { run, pending } = useRunAction();
  const [open, setOpen] = useState(false);
  const [start, setStart] = useState("");
  const [stop, setStop] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const idempotency = useIdempotencyKey();

  if (!open) {
    return (
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        <Plus className="size-4" aria-hidden />
        {t("open")}
      </Button>
    );
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const missing = { ...(start ? {} : { startedAt: "required" }), ...(stop ? {} : { stoppedAt: "required" }) };
    setErrors(missing);
    if (Object.keys(missing).length) return;
    const values = {
      recordId,
      startedAt: fromLocalInput(start, timeZone),
      stoppedAt: fromLocalInput(stop, timeZone),
      note,
      idempotencyKey: idempotency.key,
    };
    const done = await run(
      "add",
      () => addManualEntryAction(orgSlug, values),
      (e) => setErrors((prev) => ({ ...prev, ...e })),
    );
    if (!done) return;
    idempotency.renew();
    toast.success(t("added", { duration: formatDuration(secondsBetween(done.startedAt, done.stoppedAt)) }));
    setStart("");
    setStop("");
    setNote("");
    setOpen(false);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("title")} className="space-y-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
      <h3 className="text-sm font-medium">{t("title")}</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("start")} error={errors.startedAt}>
          <Input type="datetime-local" step={1} value={start} onChange={(e) => setStart(e.target.value)} />
        </Field>
        <Field label={t("stop")} error={errors.stoppedAt}>
          <Input type="datetime-local" step={1} value={stop} onChange={(e) => setStop(e.target.value)} />
        </Field>
      </div>
      <Field label={t("note")} error={errors.note}>
        <Input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
        <Button type="submit" pending={pending === "add"}>
          {t("add")}
        </Button>
      </div>
    </form>
  );
}
