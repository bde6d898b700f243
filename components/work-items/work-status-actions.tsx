"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { WorkItemStatus } from "@/db/schema/enum-values";
import { changeWorkItemStatusAction } from "@/lib/work-items/actions";

/** The moves offered from each status; anything else is still allowed by the verb, just not offered. */
const MOVES: Record<WorkItemStatus, readonly WorkItemStatus[]> = {
  open: ["in_progress", "done", "cancelled"],
  in_progress: ["done", "open", "cancelled"],
  done: ["open"],
  cancelled: ["open"],
};

/**
 * A task's or issue's status buttons (its page, the customer page). The action re-renders the
 * org's pages, so the item moves between the customer page's groups without a reload.
 */
export function WorkStatusActions({
  orgSlug,
  item,
  only,
  size = "sm",
}: {
  orgSlug: string;
  item: { id: string; version: number; status: WorkItemStatus; title: string };
  /** Offer just these moves (the customer page shows only "Mark done"). */
  only?: readonly WorkItemStatus[];
  size?: "sm" | "md";
}) {
  const t = useTranslations("tasks.statusActions");
  const showErrors = useActionErrors();
  const [pending, setPending] = useState<WorkItemStatus | null>(null);
  const moves = MOVES[item.status].filter((status) => !only || only.includes(status));
  if (moves.length === 0) return null;
  return (
    <div role="group" aria-label={t("label")} className="flex flex-wrap gap-2">
      {moves.map((status) => (
        <Button
          key={status}
          size={size}
          variant={status === "done" ? "primary" : "secondary"}
          pending={pending === status}
          disabled={pending !== null}
          aria-label={only ? `${t(status)}: ${item.title}` : undefined}
          onClick={async () => {
            setPending(status);
            const result = await changeWorkItemStatusAction(orgSlug, { id: item.id, version: item.version, status });
            setPending(null);
            if (result.ok) toast.success(t("changed"));
            else showErrors(result);
          }}
        >
          {t(status)}
        </Button>
      ))}
    </div>
  );
}
