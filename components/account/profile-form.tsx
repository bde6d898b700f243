"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { updateProfileAction } from "@/lib/auth/actions";
import { profileSchema } from "@/lib/auth/schemas";
import { isLocale, LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";

export function ProfileForm({ name, locale }: { name: string; locale: string | null }) {
  const t = useTranslations("account");
  const common = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: profileSchema,
    defaultValues: { name, locale: isLocale(locale) ? locale : null },
    action: updateProfileAction,
    onSuccess: () => {
      toast.success(common("saved"));
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <Field label={t("name")} error={errorKey(errors.name)}>
        <Input autoComplete="name" {...form.register("name")} />
      </Field>
      <Field label={t("language")} hint={t("languageHint")} error={errorKey(errors.locale)}>
        <Select {...form.register("locale", { setValueAs: (v: string) => (v === "" ? null : v) })}>
          <option value="">{t("languageAuto")}</option>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          {common("save")}
        </Button>
      </div>
    </form>
  );
}
