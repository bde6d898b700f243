"use client";

import { Archive, Pencil, RefreshCw } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button, buttonClass } from "@/components/ui/button";
import { archivePlanAction, recomputePlanLedgerAction } from "@/lib/plans/actions";

/** Edit, Recompute (derive the open periods from the time entries again) and Archive on the plan page. */
export function PlanActions({
  orgSlug,
  plan,
  can,
}: {
  orgSlug: string;
  plan: { id: string; version: number; archived: boolean };
  can: { update: boolean; recompute: boolean; archive: boolean };
}) {
  const t = useTranslations("plans.detail");
  const router = useRouter();
  const showErrors = useActionErrors();
  const [pending, setPending] = useState<"recompute" | "archive" | null>(null);

  async function run(which: "recompute" | "archive") {
    if (which === "archive" && !window.confirm(t("archiveConfirm"))) return;
    setPending(which);
    const result =
      which === "archive"
        ? await archivePlanAction(orgSlug, { id: plan.id, version: plan.version })
        : await recomputePlanLedgerAction(orgSlug, { id: plan.id });
    setPending(null);
    if (!result.ok) return showErrors(result);
    toast.success(which === "archive" ? t("archivedToast") : t("recomputedToast"));
    router.refresh();
  }

  return (
    <div className="flex flex-wrap gap-2">
      {can.update && (
        <Link href={`/${orgSlug}/plans/${plan.id}/edit`} className={buttonClass("secondary")}>
          <Pencil className="size-4" aria-hidden />
          {t("edit")}
        </Link>
      )}
      {can.recompute && (
        <Button variant="secondary" pending={pending === "recompute"} onClick={() => run("recompute")}>
          <RefreshCw className="size-4" aria-hidden />
          {t("recompute")}
        </Button>
      )}
      {can.archive && !plan.archived && (
        <Button variant="secondary" pending={pending === "archive"} onClick={() => run("archive")}>
          <Archive className="size-4" aria-hidden />
          {t("archive")}
        </Button>
      )}
    </div>
  );
}
