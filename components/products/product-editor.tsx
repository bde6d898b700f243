"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { useRowAction } from "@/components/members/use-row-action";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { MoneyInput } from "@/components/ui/money-input";
import type { ActionResult } from "@/lib/actions/types";
import { archiveProductAction, createProductAction, updateProductAction } from "@/lib/products/actions";
import { createProductSchema } from "@/lib/products/schemas";

type Product = { id: string; name: string; code: string | null; unit: string | null; price: string | null };

const FIELDS = ["name", "code", "unit", "price"] as const;
// Name takes the room; code, unit and price are short.
const GRID = "grid gap-2 sm:grid-cols-[minmax(0,3fr)_minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,1.2fr)_auto_auto] sm:items-start";

/** One row: the product's fields inline, saved with Enter or the button. */
function ProductRow({ orgSlug, product, currency }: { orgSlug: string; product?: Product; currency: string }) {
  const t = useTranslations("service.products");
  const common = useTranslations("common");
  const validation = useTranslations("validation");
  const { run } = useRowAction();
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: createProductSchema,
    defaultValues: { name: product?.name ?? "", code: product?.code ?? "", unit: product?.unit ?? "", price: product?.price ?? "" },
    action: async (values): Promise<ActionResult<unknown>> =>
      product ? updateProductAction(orgSlug, { ...values, id: product.id }) : createProductAction(orgSlug, values),
    // The new-product row creates; a product's own row only updates.
    idempotent: !product,
    onSuccess: () => {
      toast.success(product ? common("saved") : t("added"));
      if (!product) form.reset();
    },
  });
  const rowName = product?.name ?? t("newItem");
  return (
    <form onSubmit={onSubmit} noValidate className={GRID}>
      {FIELDS.map((field) => {
        const error = errorKey(errors[field]);
        return (
          <div key={field} className="min-w-0">
            <label
              className={product ? "sr-only" : "mb-1 block text-xs font-medium text-zinc-500 sm:sr-only"}
              htmlFor={`${product?.id ?? "new"}-${field}`}
            >
              {t(`fields.${field}`)}
            </label>
            {field === "price" ? (
              <MoneyInput
                currency={currency}
                id={`${product?.id ?? "new"}-${field}`}
                aria-label={product ? `${t(`fields.${field}`)} · ${rowName}` : undefined}
                aria-invalid={error ? true : undefined}
                placeholder={product ? undefined : t(`fields.${field}`)}
                className="sm:text-right"
                {...form.register(field)}
              />
            ) : (
              <Input
                id={`${product?.id ?? "new"}-${field}`}
                aria-label={product ? `${t(`fields.${field}`)} · ${rowName}` : undefined}
                aria-invalid={error ? true : undefined}
                autoComplete="off"
                placeholder={product ? undefined : t(`fields.${field}`)}
                {...form.register(field)}
              />
            )}
            {error && (
              <p className="mt-1 text-xs font-medium text-red-600 dark:text-red-400">
                {validation.has(error as never) ? validation(error as never) : validation("invalid")}
              </p>
            )}
          </div>
        );
      })}
      <Button type="submit" variant={product ? "secondary" : "primary"} pending={pending}>
        {product ? common("save") : t("add")}
      </Button>
      {product ? (
        <ConfirmDialog
          trigger={
            <Button variant="ghost" aria-label={t("archiveItem", { name: product.name })}>
              {t("archive")}
            </Button>
          }
          title={t("archiveTitle")}
          description={t("archiveBody")}
          confirmLabel={t("archive")}
          onConfirm={() => run(() => archiveProductAction(orgSlug, { id: product.id }))}
        />
      ) : (
        <span />
      )}
    </form>
  );
}

/** The product catalogue (SPEC S1): name, code, unit, price; add, change, archive. */
export function ProductEditor({ orgSlug, products, currency }: { orgSlug: string; products: Product[]; currency: string }) {
  const t = useTranslations("service.products");
  return (
    <div>
      <div
        role="presentation"
        className={`${GRID} hidden border-b border-zinc-200 bg-zinc-50 px-4 py-2 text-xs font-medium uppercase tracking-wide text-zinc-500 sm:grid dark:border-zinc-800 dark:bg-zinc-900`}
      >
        {FIELDS.map((field) => (
          <span key={field} className={field === "price" ? "text-right" : undefined}>
            {t(`fields.${field}`)}
          </span>
        ))}
      </div>
      <ul aria-label={t("listLabel")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {products.length === 0 && (
          <li>
            <EmptyState title={t("empty")} />
          </li>
        )}
        {products.map((product) => (
          // Keyed by content: after a save elsewhere the row starts from the stored values.
          <li key={`${product.id}-${product.name}-${product.code}-${product.unit}-${product.price}`} className="px-4 py-2">
            <ProductRow orgSlug={orgSlug} product={product} currency={currency} />
          </li>
        ))}
      </ul>
      <div className="border-t border-zinc-200 bg-zinc-50 p-4 dark:border-zinc-800 dark:bg-zinc-900/60">
        <p className="mb-2 text-sm font-medium">{t("newItem")}</p>
        <ProductRow orgSlug={orgSlug} currency={currency} />
      </div>
    </div>
  );
}
