"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { TriangleAlert } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { clashWhat } from "@/lib/appointments/clash-answer";
import type { HeldPlan } from "./use-plan-record";

/**
 * What a plan answered instead of saving (issue 13 item 5): each warning in words — the clashes
 * named as the appointment form names them (person, what, when), outside working hours, not
 * authorised, past the SLA deadline. "Plan anyway" repeats the plan acknowledged; Cancel saves nothing.
 */
export function PlanWarningsDialog({
  held,
  timeZone,
  onConfirm,
  onCancel,
}: {
  held: HeldPlan;
  timeZone: string;
  onConfirm: () => Promise<unknown>;
  onCancel: () => void;
}) {
  const t = useTranslations("dispatch.board.warnings");
  const format = useFormatter();
  const [pending, setPending] = useState(false);
  const { item, target, warnings } = held;
  const when = (from: string, to?: string) =>
    to
      ? format.dateTimeRange(new Date(from), new Date(to), { timeZone, dateStyle: "medium", timeStyle: "short" })
      : format.dateTime(new Date(from), { timeZone, dateStyle: "medium", timeStyle: "short" });
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onCancel()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100%-2rem)] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl dark:bg-zinc-900">
          <AlertDialog.Title className="flex items-center gap-2 text-base font-semibold">
            <TriangleAlert className="size-4 text-amber-600" aria-hidden />
            {t("title")}
          </AlertDialog.Title>
          <AlertDialog.Description className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {t("intro", { number: item.card.number, subject: item.card.subject, name: target.name, time: when(target.startsAt) })}
          </AlertDialog.Description>
          <ul className="mt-3 list-disc space-y-1.5 pl-5 text-sm">
            {warnings.clashes.length > 0 && (
              <li>
                {t("booked", { count: warnings.clashes.length })}
                <ul className="mt-1 list-[circle] space-y-0.5 pl-5 text-zinc-600 dark:text-zinc-400">
                  {warnings.clashes.map((c, i) => (
                    <li key={`${c.userId}:${c.kind}:${c.startsAt}:${i}`}>
                      {t("clash", { person: c.person, what: clashWhat(c, t("busy")), time: when(c.startsAt, c.endsAt) })}
                    </li>
                  ))}
                </ul>
              </li>
            )}
            {warnings.outsideHours && <li>{t("outsideHours")}</li>}
            {warnings.notAuthorised && <li>{t("notAuthorised", { name: target.name })}</li>}
            {warnings.afterSla && <li>{t("afterSla", { time: when(warnings.afterSla) })}</li>}
          </ul>
          <div className="mt-5 flex justify-end gap-2">
            <AlertDialog.Cancel className={buttonClass("secondary")}>{t("cancel")}</AlertDialog.Cancel>
            <Button
              pending={pending}
              onClick={async () => {
                setPending(true);
                try {
                  await onConfirm();
                } finally {
                  setPending(false);
                }
              }}
            >
              {t("planAnyway")}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
