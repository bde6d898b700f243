"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Textarea } from "@/components/customers/form/textarea";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { EMPLOYMENT_STATUSES, type EmploymentStatus } from "@/db/schema/enum-values";
import { setEmploymentStatusAction } from "@/lib/members/actions";
import { setEmploymentStatusSchema } from "@/lib/members/schemas";

type Member = { userId: string; name: string; employmentStatus: EmploymentStatus; exitDate: string | null; exitReason: string | null };

/** Today as the browser's calendar date, the usual exit date. */
function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/**
 * SPEC T8: status, exit date and reason, with the verb's own schema. Ending someone's employment
 * cuts them off at once, so it asks first; correcting the date or reason of someone who already
 * left does not.
 */
export function EmploymentForm({ orgSlug, member, onSaved }: { orgSlug: string; member: Member; onSaved: () => void }) {
  const t = useTranslations("members.employment");
  const [confirming, setConfirming] = useState(false);
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: setEmploymentStatusSchema,
    defaultValues: {
      userId: member.userId,
      status: member.employmentStatus,
      exitDate: member.exitDate ?? "",
      exitReason: member.exitReason ?? "",
    },
    action: (values) => setEmploymentStatusAction(orgSlug, values),
    onSuccess: () => {
      toast.success(t("saved"));
      setConfirming(false);
      onSaved();
    },
  });
  const status = form.watch("status");
  const leaving = status !== "working";
  const endsAccess = leaving && member.employmentStatus === "working";
  return (
    <form
      noValidate
      className="grid gap-3 sm:grid-cols-[12rem_10rem_1fr] sm:items-start"
      onSubmit={async (event) => {
        if (!endsAccess) return onSubmit(event);
        event.preventDefault();
        // Field errors first, next to their fields; only a valid change is put to the question.
        if (await form.trigger()) setConfirming(true);
      }}
    >
      <Field label={t("statusLabel")} error={errorKey(errors.status)}>
        <Select
          {...form.register("status", {
            onChange: (e: { target: { value: string } }) => {
              if (e.target.value !== "working" && !form.getValues("exitDate")) form.setValue("exitDate", today());
            },
          })}
        >
          {EMPLOYMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("exitDate")} error={errorKey(errors.exitDate)}>
        <Input type="date" disabled={!leaving} {...form.register("exitDate")} />
      </Field>
      <Field label={t("exitReason")} hint={t("exitReasonHint")} error={errorKey(errors.exitReason)}>
        <Textarea rows={2} {...form.register("exitReason")} />
      </Field>
      <div className="sm:col-span-3">
        <Button type="submit" pending={pending && !confirming}>
          {t("save")}
        </Button>
      </div>
      <AlertDialog.Root open={confirming} onOpenChange={setConfirming}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
          <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl dark:bg-zinc-900">
            <AlertDialog.Title className="text-base font-semibold">{t("confirmTitle", { status, name: member.name })}</AlertDialog.Title>
            <AlertDialog.Description className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              {t("confirmBody", { name: member.name })}
            </AlertDialog.Description>
            <div className="mt-5 flex justify-end gap-2">
              <AlertDialog.Cancel className={buttonClass("secondary")}>{t("cancel")}</AlertDialog.Cancel>
              <Button
                variant="danger"
                pending={pending}
                onClick={async () => {
                  // Whatever the answer, the form shows it: field errors beside their fields, others in a toast.
                  await onSubmit();
                  setConfirming(false);
                }}
              >
                {t("confirm", { status })}
              </Button>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </form>
  );
}
