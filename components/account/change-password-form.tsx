"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { changePasswordAction } from "@/lib/auth/actions";
import { changePasswordSchema, PASSWORD_MIN } from "@/lib/auth/schemas";

export function ChangePasswordForm({ orgSlug }: { orgSlug: string }) {
  const t = useTranslations("account");
  const auth = useTranslations("auth");
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: changePasswordSchema,
    defaultValues: { current: "", password: "", confirm: "" },
    action: (values) => changePasswordAction(orgSlug, values),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-3">
      <Field label={t("currentPassword")} error={errorKey(errors.current)}>
        <Input type="password" autoComplete="current-password" {...form.register("current")} />
      </Field>
      <Field label={auth("newPassword")} hint={auth("passwordHint", { min: PASSWORD_MIN })} error={errorKey(errors.password)}>
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </Field>
      <Field label={auth("confirmPassword")} error={errorKey(errors.confirm)}>
        <Input type="password" autoComplete="new-password" {...form.register("confirm")} />
      </Field>
      <div className="sm:col-span-3">
        <Button type="submit" pending={pending}>
          {t("changePassword")}
        </Button>
        <p className="mt-2 text-xs text-zinc-500">{t("changePasswordHint")}</p>
      </div>
    </form>
  );
}
