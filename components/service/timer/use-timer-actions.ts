"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/types";
import { formatLedgerMinutes } from "@/lib/plans/format";
import { formatDuration, secondsBetween } from "@/lib/time-entries/format";
import { startTimerAction, stopTimerAction } from "@/lib/time-entries/actions";

/**
 * Runs one action at a time and shows its failure (field errors go to `onFieldErrors` when the
 * caller has fields, anything else to a toast). `pending` names the running action for spinners.
 */
export function useRunAction() {
  const showErrors = useActionErrors();
  const [pending, setPending] = useState<string | null>(null);
  async function run<T>(key: string, call: () => Promise<ActionResult<T>>, onFieldErrors?: (errors: Record<string, string>) => void) {
    setPending(key);
    try {
      const result = await call();
      if (result.ok) return result.data;
      const toField = onFieldErrors
        ? (field: string, message: string) => {
            onFieldErrors({ [field]: message });
            return true;
          }
        : undefined;
      showErrors(result, toField);
      return null;
    } finally {
      setPending(null);
    }
  }
  return { run, pending };
}

/** Start and Stop with the toasts that say what happened — including the switch from another timer. */
export function useTimerControls(orgSlug: string) {
  const t = useTranslations("timer.toasts");
  const router = useRouter();
  const { run, pending } = useRunAction();
  return {
    pending,
    start: async (recordId: string, number: number) => {
      const data = await run("start", () => startTimerAction(orgSlug, { recordId }));
      if (!data) return null;
      // One timer per person: starting here stopped the other one at this same second.
      if (data.switchedFrom) toast.success(t("switched", { from: data.switchedFrom.number, to: number }));
      else toast.success(t("started", { number }));
      if (data.weeklyMax)
        toast.warning(
          t("weeklyMax", {
            plan: data.weeklyMax.planTitle,
            used: formatLedgerMinutes(data.weeklyMax.usedMinutes),
            max: formatLedgerMinutes(data.weeklyMax.maxMinutes),
          }),
        );
      return data;
    },
    stop: async (recordId?: string) => {
      const data = await run("stop", () => stopTimerAction(orgSlug, recordId ? { recordId } : {}));
      if (data) toast.success(t("stopped", { duration: formatDuration(secondsBetween(data.startedAt, data.stoppedAt)) }));
      // Nothing ran (stopped in another tab, or by a correction): show the real state.
      else router.refresh();
      return data;
    },
  };
}
