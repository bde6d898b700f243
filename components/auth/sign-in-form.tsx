"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError } from "@/components/forms/form-error";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { signInAction } from "@/lib/auth/actions";
import { signInSchema } from "@/lib/auth/schemas";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const { form, onSubmit, errors, pending, formError } = useActionForm({
    schema: signInSchema,
    defaultValues: { email: "", password: "" },
    action: (values) => signInAction(values, callbackUrl),
    errorsAtForm: true,
    // A new document, so the first page is resolved from its own URL — the org's language for
    // <html lang> and the menu's catalogue too (lib/auth/actions.ts signInAction).
    onSuccess: ({ redirectTo }) => window.location.assign(redirectTo),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
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
