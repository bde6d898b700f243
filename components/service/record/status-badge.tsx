"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { ServiceStatus } from "@/lib/service/status";

/** Badge tone per status; the service list's cells use it with their own, once-per-list translator. */
export const STATUS_TONE = {
  new: "neutral",
  assigned: "neutral",
  in_progress: "warning",
  completed: "accent",
  approved: "accent",
  closed: "neutral",
  cancelled: "danger",
  waiting_for_customer: "neutral",
  waiting_for_parts: "neutral",
} as const satisfies Record<ServiceStatus, string>;

export function StatusBadge({ status }: { status: ServiceStatus }) {
  const t = useTranslations("service.statuses");
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}
