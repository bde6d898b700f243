"use client";

import { Archive } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { closeServiceAction } from "@/lib/approval/actions";

/** SPEC S7: closing asks first; the page re-renders without the row once it is filed. */
export function CloseServiceButton({ orgSlug, record }: { orgSlug: string; record: { id: string; number: number } }) {
  const t = useTranslations("approval.pending");
  const showErrors = useActionErrors();
  const number = `#${record.number}`;
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" size="sm" aria-label={`${t("close")} ${number}`}>
          <Archive className="size-4" aria-hidden />
          {t("close")}
        </Button>
      }
      title={t("closeTitle", { number })}
      description={t("closeBody")}
      confirmLabel={t("closeConfirm")}
      onConfirm={async () => {
        const result = await closeServiceAction(orgSlug, { id: record.id });
        if (!result.ok) {
          showErrors(result);
          return false;
        }
        toast.success(t("closed", { number }));
        return true;
      }}
    />
  );
}
