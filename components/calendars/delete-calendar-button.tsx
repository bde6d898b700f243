"use client";

import { useTranslations } from "next-intl";
import { DeleteButton } from "@/components/ui/delete-button";
import { deleteBusinessCalendarAction } from "@/lib/calendars/actions";

/** Asks first; the server refuses the default and a calendar in use, with the reason in a toast. */
export function DeleteCalendarButton({ orgSlug, calendarId }: { orgSlug: string; calendarId: string }) {
  const t = useTranslations("calendars");
  return (
    <DeleteButton
      label={t("delete")}
      title={t("deleteTitle")}
      description={t("deleteBody")}
      confirmLabel={t("delete")}
      deleted={t("deleted")}
      then={`/${orgSlug}/settings/calendars`}
      run={() => deleteBusinessCalendarAction(orgSlug, { id: calendarId })}
    />
  );
}
