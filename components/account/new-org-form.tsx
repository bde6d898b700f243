"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { createOrgAction } from "@/lib/orgs/actions";
import { newOrgSchema } from "@/lib/orgs/schemas";

export function NewOrgForm() {
  const t = useTranslations("auth");
  const router = useRouter();
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: newOrgSchema,
    defaultValues: { name: "" },
    action: createOrgAction,
    onSuccess: ({ slug }) => router.push(`/${slug}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("orgName")} hint={t("orgNameHint")} error={errorKey(errors.name)}>
        <Input autoFocus {...form.register("name")} />
      </Field>
      <Button type="submit" pending={pending} className="w-full">
        {t("createOrg")}
      </Button>
    </form>
  );
}
