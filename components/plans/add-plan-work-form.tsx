"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { addPlanWorkAction } from "@/lib/plans/actions";
import { addPlanWorkSchema } from "@/lib/plans/schemas";

/** K2 options on the record's plan card: a technician adds time spent or an extra cost, with a reason. */
export function AddPlanWorkForm({ orgSlug, recordId, allows }: { orgSlug: string; recordId: string; allows: { time: boolean; cost: boolean } }) {
  const t = useTranslations("plans.addWork");
  const router = useRouter();
  const initial = { recordId, kind: allows.time ? ("addition" as const) : ("extra_cost" as const), minutes: "", amount: "", reason: "" };
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: addPlanWorkSchema,
    defaultValues: initial,
    action: (values) => addPlanWorkAction(orgSlug, values),
    onSuccess: () => {
      toast.success(t("done"));
      form.reset(initial);
      router.refresh();
    },
  });
  const kind = form.watch("kind");
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="space-y-3 border-t border-zinc-200 px-4 py-3 dark:border-zinc-800">
      <h3 className="text-sm font-medium">{t("title")}</h3>
      {allows.time && allows.cost && (
        <Field label={t("kind")} error={errorKey(errors.kind)}>
          <Select {...form.register("kind")}>
            <option value="addition">{t("addition")}</option>
            <option value="extra_cost">{t("extraCost")}</option>
          </Select>
        </Field>
      )}
      {kind === "addition" ? (
        <Field label={t("minutes")} error={errorKey(errors.minutes)}>
          <Input inputMode="decimal" {...form.register("minutes")} />
        </Field>
      ) : (
        <Field label={t("amount")} error={errorKey(errors.amount)}>
          <Input inputMode="decimal" {...form.register("amount")} />
        </Field>
      )}
      <Field label={t("reason")} error={errorKey(errors.reason)}>
        <Input {...form.register("reason")} />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" size="sm" pending={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
