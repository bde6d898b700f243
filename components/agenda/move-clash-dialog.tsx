"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { type ClashView, clashWhat } from "@/lib/appointments/clash-answer";

/**
 * A drag onto a booked slot (SPEC W2/W3): names each clash and asks. "Move anyway" saves with the
 * clashes acknowledged; "Cancel" puts the event back where it was.
 */
export function MoveClashDialog({
  clashes,
  timeZone,
  onConfirm,
  onCancel,
}: {
  clashes: ClashView[];
  timeZone: string;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations("agenda.clash");
  const format = useFormatter();
  const [pending, setPending] = useState(false);
  const when = (c: ClashView) =>
    format.dateTimeRange(new Date(c.startsAt), new Date(c.endsAt), { timeZone, dateStyle: "medium", timeStyle: "short" });
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onCancel()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl dark:bg-zinc-900">
          <AlertDialog.Title className="text-base font-semibold">{t("heading", { count: clashes.length })}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <ul className="mt-2 space-y-1 text-sm text-zinc-600 dark:text-zinc-400">
              {clashes.map((c, i) => (
                <li key={`${c.userId}-${c.startsAt}-${i}`}>{t("line", { person: c.person, what: clashWhat(c, t("busy")), time: when(c) })}</li>
              ))}
            </ul>
          </AlertDialog.Description>
          <div className="mt-5 flex justify-end gap-2">
            <AlertDialog.Cancel className={buttonClass("secondary")}>{t("cancel")}</AlertDialog.Cancel>
            <Button
              pending={pending}
              onClick={async () => {
                setPending(true);
                await onConfirm();
              }}
            >
              {t("moveAnyway")}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
