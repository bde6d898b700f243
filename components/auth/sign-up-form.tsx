"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError } from "@/components/forms/form-error";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { signUpAction } from "@/lib/auth/actions";
import { PASSWORD_MIN, signUpSchema } from "@/lib/auth/schemas";

export function SignUpForm() {
  const t = useTranslations("auth");
  const { form, onSubmit, errors, pending, formError } = useActionForm({
    schema: signUpSchema,
    defaultValues: { name: "", email: "", password: "", orgName: "" },
    action: signUpAction,
    errorsAtForm: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      <Field label={t("name")} error={errorKey(errors.name)}>
        <Input autoComplete="name" autoFocus {...form.register("name")} />
      </Field>
      <Field label={t("email")} error={errorKey(errors.email)}>
        <Input type="email" autoComplete="email" {...form.register("email")} />
      </Field>
      <Field label={t("password")} hint={t("passwordHint", { min: PASSWORD_MIN })} error={errorKey(errors.password)}>
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </Field>
      <Field label={t("orgName")} hint={t("orgNameHint")} error={errorKey(errors.orgName)}>
        <Input autoComplete="organization" {...form.register("orgName")} />
      </Field>
      <Button type="submit" pending={pending} className="w-full">
        {t("createAccount")}
      </Button>
    </form>
  );
}
