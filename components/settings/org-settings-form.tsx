"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";
import { updateOrgSettingsAction } from "@/lib/orgs/actions";
import { CURRENCIES, type OrgSettingsInput, orgSettingsSchema } from "@/lib/orgs/schemas";


export function OrgSettingsForm({ orgSlug, settings, timeZones, readOnly }: { orgSlug: string; settings: OrgSettingsInput; timeZones: string[]; readOnly: boolean }) {
  const t = useTranslations("settings");
  const common = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: orgSettingsSchema,
    defaultValues: settings,
    action: (values) => updateOrgSettingsAction(orgSlug, values),
    onSuccess: ({ slug }) => {
      toast.success(common("saved"));
      if (slug !== orgSlug) router.replace(`/${slug}/settings`);
      else router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <fieldset disabled={readOnly} className="contents">
        <Field label={t("name")} error={errorKey(errors.name)}>
          <Input {...form.register("name")} />
        </Field>
        <Field label={t("slug")} hint={t("slugHint")} error={errorKey(errors.slug)}>
          <Input {...form.register("slug")} />
        </Field>
        <Field label={t("locale")} error={errorKey(errors.locale)}>
          <Select {...form.register("locale")}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("timeZone")} error={errorKey(errors.timeZone)}>
          <Select {...form.register("timeZone")}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("currency")} error={errorKey(errors.currency)}>
          <Select {...form.register("currency")}>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
      {!readOnly && (
        <div className="sm:col-span-2">
          <Button type="submit" pending={pending}>
            {common("save")}
          </Button>
        </div>
      )}
    </form>
  );
}
