"use client";

import { useTranslations } from "next-intl";
import { DeleteButton } from "@/components/ui/delete-button";
import { deleteScheduleAction } from "@/lib/schedules/actions";

/** Delete on the schedule page, after a confirmation that says the filed records stay. */
export function ScheduleDeleteButton({ orgSlug, schedule }: { orgSlug: string; schedule: { id: string; version: number } }) {
  const t = useTranslations("schedules.detail");
  return (
    <DeleteButton
      label={t("delete")}
      title={t("deleteTitle")}
      description={t("deleteBody")}
      confirmLabel={t("delete")}
      deleted={t("deleted")}
      then={`/${orgSlug}/schedules`}
      run={() => deleteScheduleAction(orgSlug, { id: schedule.id, version: schedule.version })}
    />
  );
}
