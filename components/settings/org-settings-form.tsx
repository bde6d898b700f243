"use client";

import { getCountryCallingCode } from "libphonenumber-js";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";
import { updateOrgSettingsAction } from "@/lib/orgs/actions";
import { PHONE_COUNTRIES } from "@/lib/orgs/phone-country";
import { CURRENCIES, type OrgSettingsInput, orgSettingsSchema } from "@/lib/orgs/schemas";

export function OrgSettingsForm({
  orgSlug,
  settings,
  timeZones,
  readOnly,
}: {
  orgSlug: string;
  settings: OrgSettingsInput;
  timeZones: string[];
  readOnly: boolean;
}) {
  const t = useTranslations("settings");
  const common = useTranslations("common");
  const router = useRouter();
  const locale = useLocale();
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    const collator = new Intl.Collator(locale);
    return PHONE_COUNTRIES.map((code) => ({ code, name: `${names.of(code) ?? code} (+${getCountryCallingCode(code)})` })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
  }, [locale]);
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
        <Field label={t("phoneCountry")} hint={t("phoneCountryHint")} error={errorKey(errors.phoneCountry)}>
          <Select {...form.register("phoneCountry")}>
            <option value="">{t("phoneCountryNone")}</option>
            {countries.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
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
