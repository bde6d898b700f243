"use client";

import { useTranslations } from "next-intl";
import { DeleteButton } from "@/components/ui/delete-button";
import { deleteReminderAction } from "@/lib/reminders/actions";

/** Delete on a reminder's page (its creator only; asks first). */
export function DeleteReminder({ orgSlug, id }: { orgSlug: string; id: string }) {
  const t = useTranslations("reminders.detail");
  return (
    <DeleteButton
      label={t("delete")}
      title={t("deleteTitle")}
      description={t("deleteConfirm")}
      confirmLabel={t("delete")}
      deleted={t("deleted")}
      then={`/${orgSlug}/reminders`}
      run={() => deleteReminderAction(orgSlug, { id })}
    />
  );
}
