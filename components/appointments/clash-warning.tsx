"use client";

import { TriangleAlert } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { type ClashView, clashWhat } from "@/lib/appointments/clash-answer";

/**
 * SPEC W2: what an unacknowledged save answered — each clash by person, what (title, "#1042
 * subject" or busy) and time in the org's zone — with "Save anyway". Shared by the appointment
 * form, the calendar's drag-to-move and dispatch; the caller keeps what the user typed.
 */
export function ClashWarning({
  clashes,
  onSaveAnyway,
  onDismiss,
  pending = false,
  describe,
}: {
  clashes: ClashView[];
  /** Another wording of "what" for some clashes (a meeting note names its customer); undefined: the default. */
  describe?: (clash: ClashView) => string | undefined;
  onSaveAnyway: () => void;
  onDismiss?: () => void;
  pending?: boolean;
}) {
  const t = useTranslations("appointments.clash");
  const format = useFormatter();
  return (
    <div
      role="alert"
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="flex items-center gap-2 font-medium">
        <TriangleAlert className="size-4" aria-hidden />
        {t("heading", { count: clashes.length })}
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {clashes.map((clash, i) => (
          <li key={`${clash.userId}:${clash.kind}:${clash.startsAt}:${i}`}>
            {t("line", {
              person: clash.person,
              what: describe?.(clash) ?? clashWhat(clash, t("busy")),
              time: format.dateTimeRange(new Date(clash.startsAt), new Date(clash.endsAt), { dateStyle: "medium", timeStyle: "short" }),
            })}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={onSaveAnyway} pending={pending}>
          {t("saveAnyway")}
        </Button>
        {onDismiss && (
          <Button type="button" variant="secondary" onClick={onDismiss}>
            {t("change")}
          </Button>
        )}
      </div>
    </div>
  );
}
