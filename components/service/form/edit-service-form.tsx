"use client";

import { useRouter } from "next/navigation";
import { useTimeZone, useTranslations } from "next-intl";
import { useEffect } from "react";
import { FormProvider } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { FormActions } from "@/components/forms/form-actions";
import { StaleVersionBanner } from "@/components/forms/stale-version-banner";
import { useActionForm } from "@/components/forms/use-action-form";
import { useStaleVersion } from "@/components/forms/use-stale-version";
import type { ActionResult } from "@/lib/actions/types";
import { updateServiceRecordAction } from "@/lib/service/actions";
import type { ServiceCustomer } from "@/lib/service/get-service-customer";
import type { ServiceRecordView } from "@/lib/service/get-service-record";
import { updateServiceRecordSchema } from "@/lib/service/schemas";
import type { ServiceChoices } from "./options";
import { ServiceFields } from "./service-fields";
import { fromLocalInput, toLocalInput, wallClockOf } from "./zoned-time";

type EditInput = z.input<typeof updateServiceRecordSchema>;
type Saved = { id: string; version: number } | { stale: true };

/** The record as form values: empty fields are "" so inputs and selects stay controlled by the DOM. */
function toValues(r: ServiceRecordView, timeZone: string): EditInput {
  const text = (v: string | null) => v ?? "";
  return {
    id: r.id,
    version: r.version,
    customerId: text(r.customerId),
    contactId: text(r.contactId),
    serviceTypeId: text(r.serviceTypeId),
    priorityId: text(r.priorityId),
    requestDate: r.requestDate,
    subjectKind: r.subjectKind,
    subject: r.subject,
    productId: text(r.productId),
    description: text(r.description),
    plannedStart: toLocalInput(r.plannedStart, timeZone),
    plannedEnd: toLocalInput(r.plannedEnd, timeZone),
    fee: text(r.fee),
    result: text(r.result),
    internalNote: text(r.internalNote),
  };
}

/**
 * Saves over the version the user opened. If someone else saved (or the status moved) meanwhile
 * the server refuses with "staleVersion": the input stays and "Reload" swaps in the latest record.
 */
export function EditServiceForm({
  orgSlug,
  record,
  customer,
  choices,
}: {
  orgSlug: string;
  record: ServiceRecordView;
  customer: ServiceCustomer | null;
  choices: ServiceChoices;
}) {
  const t = useTranslations("service.form");
  const common = useTranslations("common");
  const router = useRouter();
  // Always set by the request config; UTC only keeps the types honest.
  const timeZone = useTimeZone() ?? "UTC";
  const { stale, markStale, reload, reloading, takeReload } = useStaleVersion(record.version);
  const href = `/${orgSlug}/service/${record.id}`;
  const { form, onSubmit, pending } = useActionForm({
    schema: updateServiceRecordSchema,
    defaultValues: toValues(record, timeZone),
    action: async (values): Promise<ActionResult<Saved>> => {
      const result = await updateServiceRecordAction(orgSlug, {
        ...values,
        plannedStart: fromLocalInput(wallClockOf(values.plannedStart), timeZone),
        plannedEnd: fromLocalInput(wallClockOf(values.plannedEnd), timeZone),
      });
      return !result.ok && result.error === "staleVersion" ? { ok: true, data: { stale: true } } : result;
    },
    onSuccess: (data) => {
      if ("stale" in data) return markStale();
      toast.success(t("saved"));
      router.push(href);
    },
  });

  // After "Reload" the page brings the newer record: start over from it, and only then.
  const { reset } = form;
  useEffect(() => {
    if (takeReload()) reset(toValues(record, timeZone));
  }, [record, reset, timeZone, takeReload]);

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        {stale && <StaleVersionBanner reloadLabel={t("reload")} reloading={reloading} onReload={reload} />}
        {/* Keyed by version: after "Reload" the customer picker starts from the new record's customer. */}
        <ServiceFields key={record.version} orgSlug={orgSlug} choices={choices} initialCustomer={customer} showAssignees={false} showResult />
        <FormActions cancelHref={href} cancel={common("cancel")} submit={common("save")} pending={pending} />
      </form>
    </FormProvider>
  );
}
