"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useRowAction } from "@/components/members/use-row-action";
import type { PicklistLabels } from "@/db/schema";
import type { ActionResult } from "@/lib/actions/types";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { addPicklistItemAction, archivePicklistItemAction, updatePicklistItemAction } from "@/lib/picklists/actions";
import { type PicklistName, picklistItemSchema } from "@/lib/picklists/schemas";

type Item = { id: string; labels: PicklistLabels };

function ItemForm({ orgSlug, list, item }: { orgSlug: string; list: PicklistName; item?: Item }) {
  const t = useTranslations("picklists");
  const common = useTranslations("common");
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: picklistItemSchema,
    defaultValues: { list, labels: { en: item?.labels.en ?? "", tr: item?.labels.tr ?? "", ro: item?.labels.ro ?? "" } },
    action: async (values): Promise<ActionResult<unknown>> =>
      item ? updatePicklistItemAction(orgSlug, { ...values, id: item.id }) : addPicklistItemAction(orgSlug, values),
    onSuccess: () => {
      toast.success(common("saved"));
      if (!item) form.reset();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid flex-1 gap-2 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
      {LOCALES.map((locale) => (
        <Field key={locale} label={LOCALE_NAMES[locale]} error={errorKey(errors.labels?.[locale])}>
          <Input lang={locale} {...form.register(`labels.${locale}`)} />
        </Field>
      ))}
      <Button type="submit" variant={item ? "secondary" : "primary"} pending={pending}>
        {item ? common("save") : t("add")}
      </Button>
    </form>
  );
}

/** One org-editable list (SPEC G1): a label per language, add, rename, archive. */
export function PicklistEditor({ orgSlug, list, items }: { orgSlug: string; list: PicklistName; items: Item[] }) {
  const t = useTranslations("picklists");
  const { run } = useRowAction();
  return (
    <div className="divide-y divide-zinc-100 dark:divide-zinc-800">
      {items.length === 0 && <EmptyState title={t("empty")} />}
      {items.map((item) => (
        <div key={item.id} className="flex flex-wrap items-end gap-2 p-4">
          <ItemForm orgSlug={orgSlug} list={list} item={item} />
          <ConfirmDialog
            trigger={
              <Button variant="ghost" aria-label={t("archiveItem", { name: item.labels.en ?? item.labels.tr ?? item.labels.ro ?? "" })}>
                {t("archive")}
              </Button>
            }
            title={t("archiveTitle")}
            description={t("archiveBody")}
            confirmLabel={t("archive")}
            onConfirm={() => run(() => archivePicklistItemAction(orgSlug, { id: item.id }))}
          />
        </div>
      ))}
      <div className="bg-zinc-50 p-4 dark:bg-zinc-900/60">
        <p className="mb-2 text-sm font-medium">{t("newItem")}</p>
        <ItemForm orgSlug={orgSlug} list={list} />
      </div>
    </div>
  );
}
