"use client";

import { RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { retryJobFailureAction } from "@/lib/jobs/actions";

/** Sends a failed job again after asking; the row then shows when it was retried. */
export function RetryJobButton({ orgSlug, failureId, queue }: { orgSlug: string; failureId: string; queue: string }) {
  const t = useTranslations("jobs.failures");
  const router = useRouter();
  const showErrors = useActionErrors();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" size="sm" aria-label={`${t("retry")}: ${queue}`}>
          <RotateCcw className="size-4" aria-hidden />
          {t("retry")}
        </Button>
      }
      title={t("retryTitle")}
      description={t("retryBody")}
      confirmLabel={t("retryConfirm")}
      onConfirm={async () => {
        const result = await retryJobFailureAction(orgSlug, failureId);
        if (!result.ok) {
          showErrors(result);
          return false;
        }
        toast.success(t("retriedToast"));
        router.refresh();
        return true;
      }}
    />
  );
}
