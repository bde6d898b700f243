"use client";

import { RotateCw, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTimeZone, useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { FormProvider } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, buttonClass } from "@/components/ui/button";
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
  const errors = useTranslations("errors");
  const router = useRouter();
  // Always set by the request config; UTC only keeps the types honest.
  const timeZone = useTimeZone() ?? "UTC";
  const [conflictAt, setConflictAt] = useState<number | null>(null);
  const stale = conflictAt === record.version;
  const reloadRequested = useRef(false);
  const [reloading, startReload] = useTransition();
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
      if ("stale" in data) return setConflictAt(record.version);
      toast.success(t("saved"));
      router.push(href);
    },
  });

  // After "Reload" the page brings the newer record: start over from it, and only then.
  const { reset } = form;
  useEffect(() => {
    if (!reloadRequested.current) return;
    reloadRequested.current = false;
    reset(toValues(record, timeZone));
  }, [record, reset, timeZone]);
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale) banner.current?.scrollIntoView({ block: "nearest" });
  }, [stale]);
  const reload = () => {
    reloadRequested.current = true;
    startReload(() => router.refresh());
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        {stale && (
          <div
            ref={banner}
            role="alert"
            className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200"
          >
            <TriangleAlert className="size-5 shrink-0" aria-hidden />
            <p className="min-w-0 flex-1">{errors("staleVersion")}</p>
            <Button variant="secondary" size="sm" pending={reloading} onClick={reload}>
              <RotateCw className="size-3.5" aria-hidden />
              {t("reload")}
            </Button>
          </div>
        )}
        {/* Keyed by version: after "Reload" the customer picker starts from the new record's customer. */}
        <ServiceFields key={record.version} orgSlug={orgSlug} choices={choices} initialCustomer={customer} showAssignees={false} showResult />
        <div className="flex flex-wrap justify-end gap-2">
          <Link href={href} className={buttonClass("secondary")}>
            {common("cancel")}
          </Link>
          <Button type="submit" pending={pending}>
            {common("save")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
