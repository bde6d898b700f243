"use client";

import { useRouter } from "next/navigation";
import { useTimeZone, useTranslations } from "next-intl";
import { FormProvider } from "react-hook-form";
import { toast } from "sonner";
import { FormActions } from "@/components/forms/form-actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { createServiceRecordAction } from "@/lib/service/actions";
import type { ServiceCustomer } from "@/lib/service/get-service-customer";
import { createServiceRecordSchema } from "@/lib/service/schemas";
import type { ServiceChoices } from "./options";
import { ServiceFields } from "./service-fields";
import { fromLocalInput, wallClockOf } from "./zoned-time";

/** SPEC S1: a new request, from the Service list or from a customer's page (customer preselected). */
export function CreateServiceForm({
  orgSlug,
  choices,
  customer,
  today,
  canAssign,
  cancelHref,
}: {
  orgSlug: string;
  choices: ServiceChoices;
  customer: ServiceCustomer | null;
  /** The request date to start from: today in the org's time zone. */
  today: string;
  canAssign: boolean;
  cancelHref: string;
}) {
  const t = useTranslations("service.form");
  const common = useTranslations("common");
  const router = useRouter();
  // Always set by the request config; UTC only keeps the types honest.
  const timeZone = useTimeZone() ?? "UTC";
  const { form, onSubmit, pending } = useActionForm({
    schema: createServiceRecordSchema,
    defaultValues: {
      customerId: customer?.id ?? "",
      contactId: customer?.contacts.find((c) => c.isPrimary)?.id ?? "",
      serviceTypeId: "",
      priorityId: "",
      requestDate: today,
      subjectKind: "text",
      subject: "",
      productId: "",
      description: "",
      plannedStart: "",
      plannedEnd: "",
      fee: "",
      internalNote: "",
      assigneeIds: [],
    },
    // Planned times travel as instants, placed in the app's time zone rather than the browser's.
    action: (values) =>
      createServiceRecordAction(orgSlug, {
        ...values,
        plannedStart: fromLocalInput(wallClockOf(values.plannedStart), timeZone),
        plannedEnd: fromLocalInput(wallClockOf(values.plannedEnd), timeZone),
      }),
    idempotent: true,
    onSuccess: ({ id, number }) => {
      toast.success(t("created", { number }));
      router.push(`/${orgSlug}/service/${id}`);
    },
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        <ServiceFields orgSlug={orgSlug} choices={choices} initialCustomer={customer} showAssignees={canAssign} showResult={false} />
        <FormActions cancelHref={cancelHref} cancel={common("cancel")} submit={t("create")} pending={pending} />
      </form>
    </FormProvider>
  );
}
