"use client";

import { Ban, Hourglass, Play } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useRowAction } from "@/components/members/use-row-action";
import { changeServiceStatusAction } from "@/lib/service/actions";
import type { ServiceStatus } from "@/lib/service/status";

// Waiting pauses the SLA clock (issue 11); going back to work is "Start work" again.
const WAITING = ["waiting_for_customer", "waiting_for_parts"] as const;

/** The manual moves the flow allows from here: Start work at once, Cancel after confirming. */
export function StatusActions({ orgSlug, recordId, nextStatuses }: { orgSlug: string; recordId: string; nextStatuses: ServiceStatus[] }) {
  const t = useTranslations("service.record");
  const { pending, run } = useRowAction();
  const move = (status: ServiceStatus, done: string) => run(() => changeServiceStatusAction(orgSlug, { id: recordId, status }), done);
  return (
    <>
      {nextStatuses.includes("in_progress") && (
        <Button pending={pending} onClick={() => move("in_progress", t("started"))}>
          <Play className="size-4" aria-hidden />
          {t("startWork")}
        </Button>
      )}
      {WAITING.filter((status) => nextStatuses.includes(status)).map((status) => (
        <Button key={status} variant="secondary" disabled={pending} onClick={() => move(status, t("nowWaiting"))}>
          <Hourglass className="size-4" aria-hidden />
          {t(status === "waiting_for_customer" ? "waitForCustomer" : "waitForParts")}
        </Button>
      ))}
      {nextStatuses.includes("cancelled") && (
        <ConfirmDialog
          trigger={
            <Button variant="ghost" disabled={pending}>
              <Ban className="size-4" aria-hidden />
              {t("cancel")}
            </Button>
          }
          title={t("cancelTitle")}
          description={t("cancelBody")}
          confirmLabel={t("cancelConfirm")}
          onConfirm={() => move("cancelled", t("cancelled"))}
        />
      )}
    </>
  );
}
