"use client";

import { Pause, Play } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useActionErrors } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { pauseScheduleAction, resumeScheduleAction } from "@/lib/schedules/actions";

/** Pause or resume on the schedule page; what fell due while paused is for the catch-up policy. */
export function SchedulePauseButton({ orgSlug, schedule }: { orgSlug: string; schedule: { id: string; version: number; paused: boolean } }) {
  const t = useTranslations("schedules.detail");
  const router = useRouter();
  const showErrors = useActionErrors();
  const [pending, setPending] = useState(false);
  async function toggle() {
    setPending(true);
    const input = { id: schedule.id, version: schedule.version };
    const result = schedule.paused ? await resumeScheduleAction(orgSlug, input) : await pauseScheduleAction(orgSlug, input);
    setPending(false);
    if (!result.ok) return showErrors(result);
    toast.success(schedule.paused ? t("resumedToast") : t("pausedToast"));
    router.refresh();
  }
  return (
    <Button variant="secondary" pending={pending} onClick={toggle}>
      {schedule.paused ? <Play className="size-4" aria-hidden /> : <Pause className="size-4" aria-hidden />}
      {schedule.paused ? t("resume") : t("pause")}
    </Button>
  );
}
