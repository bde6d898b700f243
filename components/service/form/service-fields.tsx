"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useController, useFormContext, useFormState, useWatch } from "react-hook-form";
import { FormSection } from "@/components/customers/form/form-section";
import { Textarea } from "@/components/customers/form/textarea";
import { errorKey } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { SERVICE_SUBJECT_KINDS } from "@/lib/service/schemas";
import { MoneyInput } from "@/components/ui/money-input";
import { getServiceCustomerAction } from "@/lib/service/actions";
import type { ServiceCustomer } from "@/lib/service/get-service-customer";
import type { ServiceFieldsInput } from "@/lib/service/schemas";
import { CustomerPicker } from "./customer-picker";
import { CustomerSummary } from "./customer-summary";
import type { ServiceChoices } from "./options";

type FormInput = ServiceFieldsInput & { assigneeIds?: string[] };

/**
 * The record's fields, shared by the create and edit forms. Choosing a customer loads its details
 * and contacts (SPEC S2); the subject is free text or a catalogue product.
 */
export function ServiceFields({
  orgSlug,
  choices,
  initialCustomer,
  showAssignees,
  showResult,
}: {
  orgSlug: string;
  choices: ServiceChoices;
  initialCustomer: ServiceCustomer | null;
  showAssignees: boolean;
  showResult: boolean;
}) {
  const t = useTranslations("service.form");
  const { register, setValue } = useFormContext<FormInput>();
  const { errors } = useFormState<FormInput>();
  const { field: customerField } = useController<FormInput, "customerId">({ name: "customerId" });
  // Controlled: the options arrive with the customer, after the value is set.
  const { field: contactField } = useController<FormInput, "contactId">({ name: "contactId" });
  const subjectKind = useWatch<FormInput, "subjectKind">({ name: "subjectKind" });
  const [customer, setCustomer] = useState<ServiceCustomer | null>(initialCustomer);
  const [loading, setLoading] = useState(false);
  const subjectLabelId = useId();
  const none = <option value="">{t("none")}</option>;

  async function chooseCustomer(chosen: { id: string; name: string } | null) {
    customerField.onChange(chosen?.id ?? "");
    setValue("contactId", "");
    if (!chosen) return setCustomer(null);
    setCustomer({ id: chosen.id, name: chosen.name, accountCode: null, email: null, phone: null, region: null, contract: null, contacts: [] });
    setLoading(true);
    const result = await getServiceCustomerAction(orgSlug, { id: chosen.id });
    setLoading(false);
    if (!result.ok) return;
    setCustomer(result.data);
    // The primary contact is who usually calls; the operator can pick another.
    const primary = result.data.contacts.find((c) => c.isPrimary);
    if (primary) setValue("contactId", primary.id);
  }

  return (
    <>
      <FormSection title={t("sections.customer")}>
        <div className="sm:col-span-2">
          <Field label={t("fields.customerId")} error={errorKey(errors.customerId)}>
            <CustomerPicker orgSlug={orgSlug} value={customer ? { id: customer.id, name: customer.name } : null} onChange={chooseCustomer} />
          </Field>
        </div>
        <CustomerSummary customer={customer} loading={loading} />
        <Field label={t("fields.contactId")} error={errorKey(errors.contactId)}>
          <Select
            name={contactField.name}
            value={contactField.value ?? ""}
            onChange={contactField.onChange}
            onBlur={contactField.onBlur}
            disabled={!customer}
          >
            <option value="">{customer ? (customer.contacts.length ? t("none") : t("noContacts")) : t("chooseCustomerFirst")}</option>
            {customer?.contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {[c.name, c.phone ?? c.email].filter(Boolean).join(" · ")}
              </option>
            ))}
          </Select>
        </Field>
      </FormSection>

      <FormSection title={t("sections.request")}>
        <Field label={t("fields.serviceTypeId")} error={errorKey(errors.serviceTypeId)}>
          <Select {...register("serviceTypeId")}>
            {none}
            {choices.types.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("fields.priorityId")} error={errorKey(errors.priorityId)}>
          <Select {...register("priorityId")}>
            {none}
            {choices.priorities.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("fields.requestDate")} error={errorKey(errors.requestDate)}>
          <Input type="date" {...register("requestDate")} />
        </Field>
        <div role="radiogroup" aria-labelledby={subjectLabelId} className="space-y-1.5">
          <span id={subjectLabelId} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            {t("fields.subjectKind")}
          </span>
          <div className="flex h-9 flex-wrap items-center gap-4 text-sm">
            {SERVICE_SUBJECT_KINDS.map((kind) => (
              <label key={kind} className="inline-flex items-center gap-1.5">
                <input type="radio" value={kind} {...register("subjectKind")} className="accent-accent-600" />
                {t(`subjectKinds.${kind}`)}
              </label>
            ))}
          </div>
        </div>
        <div className="sm:col-span-2">
          {subjectKind === "product" ? (
            <Field label={t("fields.productId")} hint={choices.products.length ? undefined : t("noProducts")} error={errorKey(errors.productId)}>
              <Select
                {...register("productId", {
                  // The record stores the product's name as its subject (the server does the same).
                  onChange: (event) => setValue("subject", choices.products.find((p) => p.id === event.target.value)?.name ?? ""),
                })}
              >
                <option value="">{t("chooseProduct")}</option>
                {choices.products.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.code ? `${p.name} (${p.code})` : p.name}
                  </option>
                ))}
              </Select>
            </Field>
          ) : (
            <Field label={t("fields.subject")} error={errorKey(errors.subject)}>
              <Input autoComplete="off" maxLength={300} {...register("subject")} />
            </Field>
          )}
        </div>
        <div className="sm:col-span-2">
          <Field label={t("fields.description")} error={errorKey(errors.description)}>
            <Textarea rows={4} {...register("description")} />
          </Field>
        </div>
      </FormSection>

      <FormSection title={t("sections.planning")}>
        <Field label={t("fields.plannedStart")} error={errorKey(errors.plannedStart)}>
          <Input type="datetime-local" {...register("plannedStart")} />
        </Field>
        <Field label={t("fields.plannedEnd")} error={errorKey(errors.plannedEnd)}>
          <Input type="datetime-local" {...register("plannedEnd")} />
        </Field>
        {showAssignees && choices.members.length > 0 && <AssigneePicker members={choices.members} />}
      </FormSection>

      <FormSection title={t("sections.notes")}>
        <Field label={t("fields.fee")} hint={t("hints.fee")} error={errorKey(errors.fee)}>
          <MoneyInput currency={choices.currency} {...register("fee")} />
        </Field>
        <div className="hidden sm:block" />
        {showResult && (
          <div className="sm:col-span-2">
            <Field label={t("fields.result")} error={errorKey(errors.result)}>
              <Textarea rows={3} {...register("result")} />
            </Field>
          </div>
        )}
        <div className="sm:col-span-2">
          <Field label={t("fields.internalNote")} hint={t("hints.internalNote")} error={errorKey(errors.internalNote)}>
            <Textarea rows={2} {...register("internalNote")} />
          </Field>
        </div>
      </FormSection>
    </>
  );
}

/** Members as a checkbox group: several can be chosen, each by keyboard (Space) or tap. */
function AssigneePicker({ members }: { members: ServiceChoices["members"] }) {
  const t = useTranslations("service.form");
  const assignees = useTranslations("structure.assignees");
  const validation = useTranslations("validation");
  const { register } = useFormContext<FormInput>();
  const { errors } = useFormState<FormInput>();
  const hintId = useId();
  const error = errorKey(errors.assigneeIds as { message?: unknown } | undefined);
  return (
    <fieldset className="sm:col-span-2" aria-describedby={hintId}>
      <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{t("fields.assigneeIds")}</legend>
      <p id={hintId} className="mt-0.5 text-xs text-zinc-500">
        {t("hints.assigneeIds")}
      </p>
      <div className="mt-2 grid max-h-48 gap-1 overflow-y-auto rounded-md border border-zinc-200 p-2 sm:grid-cols-2 dark:border-zinc-700">
        {members.map((m) => (
          <label key={m.id} className="flex items-center gap-2 rounded px-1.5 py-1 text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800">
            <input type="checkbox" value={m.id} {...register("assigneeIds")} className="accent-accent-600" />
            {m.label}
            {m.authorised && <Badge tone="accent">{assignees("authorised")}</Badge>}
          </label>
        ))}
      </div>
      {error && (
        <p className="mt-1 text-xs font-medium text-red-600 dark:text-red-400">
          {validation.has(error as never) ? validation(error as never) : validation("invalid")}
        </p>
      )}
    </fieldset>
  );
}
