"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { EmploymentStatus } from "@/db/schema/enum-values";

const TONE = { working: "neutral", dismissed: "danger", resigned: "warning" } as const;

export function EmploymentBadge({ status }: { status: EmploymentStatus }) {
  const t = useTranslations("members.employment.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
