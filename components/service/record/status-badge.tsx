"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { ServiceStatus } from "@/lib/service/status";

const TONE = {
  new: "neutral",
  assigned: "neutral",
  in_progress: "warning",
  completed: "accent",
  approved: "accent",
  closed: "neutral",
  cancelled: "danger",
} as const satisfies Record<ServiceStatus, string>;

export function StatusBadge({ status }: { status: ServiceStatus }) {
  const t = useTranslations("service.statuses");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
