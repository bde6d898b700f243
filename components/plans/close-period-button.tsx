"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { closePlanPeriodAction } from "@/lib/plans/actions";

/** Manage: closes (invoices) a period; with overage on an override plan, the button is the override. */
export function ClosePeriodButton({
  orgSlug,
  planId,
  periodStart,
  override,
}: {
  orgSlug: string;
  planId: string;
  periodStart: string;
  override: boolean;
}) {
  const t = useTranslations("plans.detail");
  const router = useRouter();
  const showErrors = useActionErrors();
  const [pending, setPending] = useState(false);
  async function close() {
    setPending(true);
    const result = await closePlanPeriodAction(orgSlug, { planId, periodStart, override });
    setPending(false);
    if (!result.ok) return showErrors(result);
    toast.success(t("closedToast"));
    router.refresh();
  }
  return (
    <Button variant="secondary" size="sm" pending={pending} onClick={close}>
      {override ? t("closeOverride") : t("close")}
    </Button>
  );
}
