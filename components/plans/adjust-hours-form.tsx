"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { adjustPlanHoursAction } from "@/lib/plans/actions";
import { adjustPlanSchema } from "@/lib/plans/schemas";

/** Edit level: a manual correction of the open period's hours, always with a reason. */
export function AdjustHoursForm({ orgSlug, planId }: { orgSlug: string; planId: string }) {
  const t = useTranslations("plans.detail.adjust");
  const router = useRouter();
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: adjustPlanSchema,
    defaultValues: { planId, minutes: "", reason: "" },
    action: (values) => adjustPlanHoursAction(orgSlug, values),
    onSuccess: () => {
      toast.success(t("done"));
      form.reset({ planId, minutes: "", reason: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="grid gap-3 p-4 sm:grid-cols-[10rem_1fr_auto] sm:items-end">
      <Field label={t("minutes")} hint={t("minutesHint")} error={errorKey(errors.minutes)}>
        <Input {...form.register("minutes")} />
      </Field>
      <Field label={t("reason")} error={errorKey(errors.reason)}>
        <Input {...form.register("reason")} />
      </Field>
      <Button type="submit" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
