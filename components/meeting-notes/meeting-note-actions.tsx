"use client";

import { CalendarPlus, Pencil } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { DeleteButton } from "@/components/ui/delete-button";
import { deleteMeetingNoteAction } from "@/lib/meeting-notes/actions";

/**
 * Book the appointment (outcome "appointment", none booked yet), Edit (who may, lib/meeting-notes
 * internal.ts mayEditNote) and Delete (asks first) on a note's page.
 */
export function MeetingNoteActions({
  orgSlug,
  noteId,
  bookHref,
  can,
  back,
}: {
  orgSlug: string;
  noteId: string;
  bookHref: string | null;
  can: { edit: boolean; delete: boolean };
  back: string;
}) {
  const t = useTranslations("meetings.detail");
  return (
    <div className="flex flex-wrap gap-2">
      {bookHref && (
        <Link href={bookHref} className={buttonClass("primary")}>
          <CalendarPlus className="size-4" aria-hidden />
          {t("bookAppointment")}
        </Link>
      )}
      {can.edit && (
        <Link href={`/${orgSlug}/meetings/${noteId}/edit`} className={buttonClass("secondary")}>
          <Pencil className="size-4" aria-hidden />
          {t("edit")}
        </Link>
      )}
      {can.delete && (
        <DeleteButton
          label={t("delete")}
          title={t("deleteTitle")}
          description={t("deleteBody")}
          confirmLabel={t("delete")}
          deleted={t("deleted")}
          then={back}
          run={() => deleteMeetingNoteAction(orgSlug, { id: noteId })}
        />
      )}
    </div>
  );
}
