"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { FormProvider } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { FormActions } from "@/components/forms/form-actions";
import { StaleVersionBanner } from "@/components/forms/stale-version-banner";
import { useActionForm } from "@/components/forms/use-action-form";
import { useStaleVersion } from "@/components/forms/use-stale-version";
import type { ActionResult } from "@/lib/actions/types";
import { updateCustomerAction } from "@/lib/customers/actions";
import type { getCustomer } from "@/lib/customers/get-customer";
import { customerSchemasFor, type updateCustomerSchema } from "@/lib/customers/schemas";
import { formatPhone } from "@/lib/fields/format-phone";
import { CustomerFields } from "./customer-fields";
import type { CustomerChoices, ParentOption } from "./options";

type CustomerRecord = Awaited<ReturnType<typeof getCustomer>>;
type EditInput = z.input<typeof updateCustomerSchema>;
type Saved = { id: string; version: number } | { stale: true };

/** The record as form values: empty fields are "" so inputs and selects stay controlled by the DOM. */
function toValues(c: CustomerRecord): EditInput {
  const text = (v: string | null) => v ?? "";
  return {
    id: c.id,
    version: c.version,
    name: c.name,
    accountCode: text(c.accountCode),
    type: c.type,
    status: c.status,
    parentId: text(c.parentId),
    regionId: text(c.regionId),
    taxId: text(c.taxId),
    address: text(c.address),
    email: text(c.email),
    phone: c.phone ? formatPhone(c.phone) : "",
    workPhone: c.workPhone ? formatPhone(c.workPhone) : "",
    website: text(c.website),
    salesRepId: text(c.salesRepId),
    supportRepId: text(c.supportRepId),
    referral: text(c.referral),
    tagIds: c.tagIds,
  };
}

/**
 * Saves over the version the user opened. If someone else saved meanwhile the server refuses with
 * "staleVersion": the user's input stays in the form and "Reload" swaps in the latest record.
 */
export function EditCustomerForm({
  orgSlug,
  customer,
  parent,
  choices,
}: {
  orgSlug: string;
  customer: CustomerRecord;
  parent: ParentOption | null;
  choices: CustomerChoices;
}) {
  const t = useTranslations("customer");
  const common = useTranslations("common");
  const router = useRouter();
  const { stale, markStale, reload, reloading, takeReload } = useStaleVersion(customer.version);
  const href = `/${orgSlug}/customers/${customer.id}`;
  const { form, onSubmit, pending } = useActionForm({
    schema: customerSchemasFor(choices.phoneCountry).update,
    defaultValues: toValues(customer),
    // A stale version is answered by the banner below rather than the hook's error toast.
    action: async (values): Promise<ActionResult<Saved>> => {
      const result = await updateCustomerAction(orgSlug, values);
      return !result.ok && result.error === "staleVersion" ? { ok: true, data: { stale: true } } : result;
    },
    onSuccess: (data) => {
      if ("stale" in data) return markStale();
      toast.success(t("saved"));
      router.push(href);
    },
  });

  // After "Reload" the page brings the newer record: start over from it. Only then — a refresh for
  // any other reason must not wipe what the user typed.
  const { reset } = form;
  useEffect(() => {
    if (takeReload()) reset(toValues(customer));
  }, [customer, reset, takeReload]);

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        {stale && <StaleVersionBanner reloadLabel={t("stale.reload")} reloading={reloading} onReload={reload} />}
        {/* Keyed by version: after "Reload" the parent picker starts from the new record's parent. */}
        <CustomerFields key={customer.version} orgSlug={orgSlug} choices={choices} parent={parent} selfId={customer.id} />
        <FormActions cancelHref={href} cancel={common("cancel")} submit={common("save")} pending={pending} />
      </form>
    </FormProvider>
  );
}
