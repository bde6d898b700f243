"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { instantOfWall, wallDateTime, wallTime } from "@/lib/dispatch/board-axis";
import { DEFAULT_PLAN_MINUTES, planRecordSchema, SLOT_MINUTES } from "@/lib/dispatch/schemas";
import type { PlanItem, PlanTarget } from "./board-types";

type Technician = { userId: string; name: string };
type Errors = Partial<Record<"userId" | "date" | "time" | "minutes", string>>;

const MINUTE = 60_000;

/**
 * The keyboard's way to plan (issue 13 item 5): technician, date, start and length, sent through
 * the same plan as a drop (and so the same warnings dialog). Checked with the verb's schema first.
 */
export function PlanDialog({
  orgSlug,
  item,
  technicians,
  defaultDate,
  defaultMinute,
  timeZone,
  onPlan,
  onClose,
}: {
  orgSlug: string;
  item: PlanItem;
  technicians: Technician[];
  /** For a record without a window: the first day on the board, at the start of the working day. */
  defaultDate: string;
  defaultMinute: number;
  timeZone: string;
  onPlan: (target: PlanTarget) => Promise<"planned" | "warnings" | "failed">;
  onClose: () => void;
}) {
  const t = useTranslations("dispatch.board.planDialog");
  const { card } = item;
  const slot = card.plannedStart && card.plannedEnd ? { start: card.plannedStart, end: card.plannedEnd } : null;
  const startWall = slot ? wallDateTime(slot.start, timeZone) : { date: defaultDate, time: wallTime(defaultMinute) };
  const [userId, setUserId] = useState(item.fromUserId ?? technicians[0]?.userId ?? "");
  const [date, setDate] = useState(startWall.date);
  const [time, setTime] = useState(startWall.time);
  const [minutes, setMinutes] = useState(
    String(slot ? Math.round((new Date(slot.end).getTime() - new Date(slot.start).getTime()) / MINUTE) : DEFAULT_PLAN_MINUTES),
  );
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: Errors = {};
    if (!date) next.date = "required";
    if (!/^\d{2}:\d{2}/.test(time)) next.time = "required";
    const startsAt = next.date || next.time ? "" : instantOfWall(date, time.slice(0, 5), timeZone);
    const parsed = planRecordSchema.safeParse({ recordId: card.id, version: card.version, userId, startsAt, minutes });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === "startsAt" ? "time" : issue.path[0];
        if (field === "userId" || field === "time" || field === "minutes") next[field] ??= issue.message;
      }
    }
    setErrors(next);
    if (Object.keys(next).length || !parsed.success) return;
    setPending(true);
    const name = technicians.find((p) => p.userId === userId)?.name ?? "";
    const answer = await onPlan({ userId, name, startsAt: parsed.data.startsAt.toISOString(), minutes: parsed.data.minutes });
    setPending(false);
    if (answer !== "failed") onClose();
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100%-2rem)] w-[calc(100%-2rem)] max-w-sm -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl dark:bg-zinc-900">
          <Dialog.Title className="text-base font-semibold">{t("title", { number: card.number })}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {[card.subject, card.customer].filter(Boolean).join(" · ")}{" "}
            <a href={`/${orgSlug}/service/${card.id}`} className="text-accent-700 underline-offset-2 hover:underline dark:text-accent-500">
              {t("open")}
            </a>
          </Dialog.Description>
          <form onSubmit={submit} noValidate className="mt-4 space-y-3">
            <Field label={t("technician")} error={errors.userId}>
              <Select value={userId} onChange={(e) => setUserId(e.target.value)}>
                {technicians.map((p) => (
                  <option key={p.userId} value={p.userId}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
            <div className="grid grid-cols-2 gap-3">
              <Field label={t("date")} error={errors.date}>
                <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
              </Field>
              <Field label={t("start")} error={errors.time}>
                <Input type="time" step={SLOT_MINUTES * 60} value={time} onChange={(e) => setTime(e.target.value)} />
              </Field>
            </div>
            <Field label={t("minutes")} error={errors.minutes}>
              <Input type="number" inputMode="numeric" min={15} step={15} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
            </Field>
            <div className="flex justify-end gap-2 pt-2">
              <Dialog.Close className={buttonClass("secondary")}>{t("cancel")}</Dialog.Close>
              <Button type="submit" pending={pending}>
                {t("submit")}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
