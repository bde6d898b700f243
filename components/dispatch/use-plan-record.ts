"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { planRecordAction } from "@/lib/dispatch/actions";
import type { PlannedRecord, PlanWarnings } from "@/lib/dispatch/plan-answer";
import type { PlanItem, PlanTarget } from "./board-types";

export type HeldPlan = { item: PlanItem; target: PlanTarget; warnings: PlanWarnings };

/**
 * The one way the board plans — a drop and the Plan dialog alike: the action, then either the
 * success (a toast, `onPlanned`) or the warnings held for the dialog, which repeats the call with
 * them acknowledged. Nothing is saved while warnings are unanswered.
 */
export function usePlanRecord(orgSlug: string, onPlanned: (item: PlanItem, target: PlanTarget, value: PlannedRecord) => void) {
  const t = useTranslations("dispatch.board");
  const showErrors = useActionErrors();
  const [held, setHeld] = useState<HeldPlan | null>(null);

  async function plan(item: PlanItem, target: PlanTarget, acknowledge = false) {
    const result = await planRecordAction(orgSlug, {
      recordId: item.card.id,
      version: item.card.version,
      userId: target.userId,
      fromUserId: item.fromUserId ?? "",
      startsAt: target.startsAt,
      minutes: target.minutes,
      acknowledge,
    });
    if (!result.ok) {
      // A plan refused after "Plan anyway" (someone changed the record meanwhile) closes the warnings too.
      if (acknowledge) setHeld(null);
      showErrors(result);
      return "failed" as const;
    }
    if (result.data.status === "warnings") {
      setHeld({ item, target, warnings: result.data.warnings });
      return "warnings" as const;
    }
    setHeld(null);
    toast.success(t("planned", { number: item.card.number, name: target.name }));
    onPlanned(item, target, result.data.value);
    return "planned" as const;
  }

  return { plan, held, dismiss: () => setHeld(null) };
}
