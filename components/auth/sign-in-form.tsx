"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { signInAction } from "@/lib/auth/actions";
import { signInSchema } from "@/lib/auth/schemas";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: signInSchema,
    defaultValues: { email: "", password: "" },
    action: (values) => signInAction(values, callbackUrl),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("email")} error={errorKey(errors.email)}>
        <Input type="email" autoComplete="username" autoFocus {...form.register("email")} />
      </Field>
      <Field label={t("password")} error={errorKey(errors.password)}>
        <Input type="password" autoComplete="current-password" {...form.register("password")} />
      </Field>
      <Button type="submit" pending={pending} className="w-full">
        {t("signIn")}
      </Button>
    </form>
  );
}
