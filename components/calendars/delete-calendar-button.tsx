"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteBusinessCalendarAction } from "@/lib/calendars/actions";

/** Asks first; the server refuses the default and a calendar in use, with the reason in a toast. */
export function DeleteCalendarButton({ orgSlug, calendarId }: { orgSlug: string; calendarId: string }) {
  const t = useTranslations("calendars");
  const router = useRouter();
  const showErrors = useActionErrors();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary">
          <Trash2 className="size-4" aria-hidden />
          {t("delete")}
        </Button>
      }
      title={t("deleteTitle")}
      description={t("deleteBody")}
      confirmLabel={t("delete")}
      onConfirm={async () => {
        const result = await deleteBusinessCalendarAction(orgSlug, { id: calendarId });
        if (!result.ok) {
          showErrors(result);
          return false;
        }
        toast.success(t("deleted"));
        router.replace(`/${orgSlug}/settings/calendars`);
        return true;
      }}
    />
  );
}
