"use client";

import { useTranslations } from "next-intl";
import { DeleteButton } from "@/components/ui/delete-button";
import { deleteAppointmentAction } from "@/lib/appointments/actions";

/** The detail page's Delete, after a confirmation; back to the agenda. */
export function DeleteAppointmentButton({ orgSlug, id }: { orgSlug: string; id: string }) {
  const t = useTranslations("appointments.detail");
  return (
    <DeleteButton
      label={t("delete")}
      title={t("deleteTitle")}
      description={t("deleteBody")}
      confirmLabel={t("delete")}
      deleted={t("deleted")}
      then={`/${orgSlug}/agenda`}
      run={() => deleteAppointmentAction(orgSlug, { id })}
    />
  );
}
