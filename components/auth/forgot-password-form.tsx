"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError } from "@/components/forms/form-error";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { forgotPasswordAction } from "@/lib/auth/actions";
import { forgotPasswordSchema } from "@/lib/auth/schemas";
import { Notice } from "./auth-card";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [sent, setSent] = useState(false);
  const { form, onSubmit, errors, pending, formError } = useActionForm({
    schema: forgotPasswordSchema,
    defaultValues: { email: "" },
    action: forgotPasswordAction,
    errorsAtForm: true,
    onSuccess: () => setSent(true),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      {sent && <Notice>{t("resetSent")}</Notice>}
      <Field label={t("email")} error={errorKey(errors.email)}>
        <Input type="email" autoComplete="email" autoFocus {...form.register("email")} />
      </Field>
      <Button type="submit" pending={pending} className="w-full">
        {t("sendResetLink")}
      </Button>
    </form>
  );
}
