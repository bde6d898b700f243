"use client";

import { Pencil } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { DeleteButton } from "@/components/ui/delete-button";
import { deleteWorkItemAction } from "@/lib/work-items/actions";

/** Edit and Delete (asks first; Manage) on a task's or issue's page. */
export function WorkItemActions({ orgSlug, id, can }: { orgSlug: string; id: string; can: { edit: boolean; delete: boolean } }) {
  const t = useTranslations("tasks.detail");
  return (
    <div className="flex flex-wrap gap-2">
      {can.edit && (
        <Link href={`/${orgSlug}/tasks/${id}/edit`} className={buttonClass("secondary")}>
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
          then={`/${orgSlug}/tasks`}
          run={() => deleteWorkItemAction(orgSlug, { id })}
        />
      )}
    </div>
  );
}
