"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError } from "@/components/forms/form-error";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { resetPasswordAction } from "@/lib/auth/actions";
import { PASSWORD_MIN, resetPasswordSchema } from "@/lib/auth/schemas";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const { form, onSubmit, errors, pending, formError } = useActionForm({
    schema: resetPasswordSchema,
    defaultValues: { token, password: "", confirm: "" },
    action: resetPasswordAction,
    errorsAtForm: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      <Field label={t("newPassword")} hint={t("passwordHint", { min: PASSWORD_MIN })} error={errorKey(errors.password)}>
        <Input type="password" autoComplete="new-password" autoFocus {...form.register("password")} />
      </Field>
      <Field label={t("confirmPassword")} error={errorKey(errors.confirm)}>
        <Input type="password" autoComplete="new-password" {...form.register("confirm")} />
      </Field>
      <Button type="submit" pending={pending} className="w-full">
        {t("setPassword")}
      </Button>
    </form>
  );
}
