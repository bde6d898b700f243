"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError } from "@/components/forms/form-error";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { acceptInvitationAction } from "@/lib/auth/actions";
import { PASSWORD_MIN } from "@/lib/auth/schemas";
import { acceptInvitationSchema } from "@/lib/invitations/schemas";

/** New address: choose a name and password. Existing account (signed in as it): one click. */
export function AcceptInvitationForm({ token, email, newUser }: { token: string; email: string; newUser: boolean }) {
  const t = useTranslations("invite");
  const auth = useTranslations("auth");
  const { form, onSubmit, errors, pending, formError } = useActionForm({
    schema: acceptInvitationSchema,
    // Empty strings make the shared schema require name and password for a new user.
    defaultValues: newUser ? { token, name: "", password: "" } : { token },
    action: acceptInvitationAction,
    errorsAtForm: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      <Field label={auth("email")}>
        <Input value={email} readOnly disabled />
      </Field>
      {newUser && (
        <>
          <Field label={auth("name")} error={errorKey(errors.name)}>
            <Input autoComplete="name" autoFocus {...form.register("name")} />
          </Field>
          <Field label={auth("password")} hint={auth("passwordHint", { min: PASSWORD_MIN })} error={errorKey(errors.password)}>
            <Input type="password" autoComplete="new-password" {...form.register("password")} />
          </Field>
        </>
      )}
      <Button type="submit" pending={pending} className="w-full">
        {t("accept")}
      </Button>
    </form>
  );
}
