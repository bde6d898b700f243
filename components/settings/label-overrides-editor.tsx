"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { PicklistLabels } from "@/db/schema";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { setLabelOverrideAction } from "@/lib/picklists/actions";
import { labelOverrideSchema } from "@/lib/picklists/schemas";

type List = "customer_type" | "lifecycle_status";
type Entry = { key: string; labels: PicklistLabels; defaults: Record<Locale, string> };

function OverrideForm({ orgSlug, list, entry }: { orgSlug: string; list: List; entry: Entry }) {
  const t = useTranslations("picklists");
  const common = useTranslations("common");
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: labelOverrideSchema,
    defaultValues: { list, key: entry.key, labels: { en: entry.labels.en ?? "", tr: entry.labels.tr ?? "", ro: entry.labels.ro ?? "" } },
    action: (values) => setLabelOverrideAction(orgSlug, values),
    onSuccess: () => toast.success(common("saved")),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={entry.defaults.en} className="grid gap-2 p-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
      {LOCALES.map((locale) => (
        <Field key={locale} label={LOCALE_NAMES[locale]} error={errorKey(errors.labels?.[locale])}>
          {/* The product's label shows until the org types its own; clearing the field restores it. */}
          <Input lang={locale} placeholder={entry.defaults[locale]} {...form.register(`labels.${locale}`)} />
        </Field>
      ))}
      <Button type="submit" variant="secondary" pending={pending} title={t("overrideHint")}>
        {common("save")}
      </Button>
    </form>
  );
}

/** Renames the fixed values of a list (customer types, lifecycle statuses) per language. */
export function LabelOverridesEditor({ orgSlug, list, entries }: { orgSlug: string; list: List; entries: Entry[] }) {
  return (
    <div className="divide-y divide-zinc-100 dark:divide-zinc-800">
      {entries.map((entry) => (
        <OverrideForm key={entry.key} orgSlug={orgSlug} list={list} entry={entry} />
      ))}
    </div>
  );
}
