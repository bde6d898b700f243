"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { FormActions } from "@/components/forms/form-actions";
import { useCustomerChoices } from "@/components/forms/use-customer-choices";
import type { CustomerOption } from "@/components/customers/customer-combobox";
import { CustomerField } from "@/components/forms/customer-field";
import { Textarea } from "@/components/customers/form/textarea";
import { FormSection } from "@/components/customers/form/form-section";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { createContractAction, updateContractAction } from "@/lib/contracts/actions";
import { listCustomerPlanOptionsAction } from "@/lib/plans/actions";
import { createContractSchema, type ContractFormInput, updateContractSchema } from "@/lib/contracts/schemas";

export type ContractFormValues = ContractFormInput & { id?: string; version?: number };

/**
 * SPEC K1: the contract's fields, for a new contract (customer possibly prefilled from the
 * customer page) or an edit over the version the user loaded. Validation comes from the schema
 * the verb parses with; server field errors land beside their fields.
 */
export function ContractForm({
  orgSlug,
  types,
  initial,
  customer: initialCustomer,
  plans = [],
}: {
  orgSlug: string;
  types: { id: string; label: string }[];
  initial: ContractFormValues;
  customer: CustomerOption | null;
  /** The initial customer's service plans, offered while that customer is chosen. */
  plans?: { id: string; title: string }[];
}) {
  const t = useTranslations("contracts");
  const router = useRouter();
  const editing = !!initial.id;
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: editing ? updateContractSchema : createContractSchema,
    defaultValues: initial,
    idempotent: !editing,
    action: (values) => (editing ? updateContractAction(orgSlug, values) : createContractAction(orgSlug, values)),
    onSuccess: () => {
      toast.success(editing ? t("form.saved") : t("form.created"));
      router.push(editing ? `/${orgSlug}/contracts/${initial.id}` : `/${orgSlug}/contracts`);
    },
  });
  const { register } = form;
  const error = (name: keyof typeof errors) => errorKey(errors[name]);
  const [customerPlans, choosePlansOf] = useCustomerChoices({ customerId: initialCustomer?.id ?? null, options: plans }, (customerId) =>
    listCustomerPlanOptionsAction(orgSlug, { customerId }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormSection title={t("detail.details")}>
        <CustomerField
          orgSlug={orgSlug}
          control={form.control}
          name="customerId"
          initial={initialCustomer}
          label={t("fields.customer")}
          error={error("customerId")}
          onChange={(value) => {
            // A plan belongs to one customer: another customer starts without one.
            form.setValue("servicePlanId", "");
            void choosePlansOf(value?.id ?? null);
          }}
        />
        <Field label={t("fields.type")} error={error("typeId")}>
          <Select {...register("typeId")}>
            <option value="">{t("fields.chooseType")}</option>
            {types.map((type) => (
              <option key={type.id} value={type.id}>
                {type.label}
              </option>
            ))}
          </Select>
        </Field>
        <div className="sm:col-span-2">
          <Field label={t("fields.name")} error={error("name")}>
            <Input {...register("name")} />
          </Field>
        </div>
        <div className="sm:col-span-2">
          <Field label={t("fields.description")} error={error("description")}>
            <Textarea rows={3} {...register("description")} />
          </Field>
        </div>
      </FormSection>
      <FormSection title={t("form.term")}>
        <Field label={t("fields.startsOn")} hint={t("fields.startsOnHint")} error={error("startsOn")}>
          <Input type="date" {...register("startsOn")} />
        </Field>
        <Field label={t("fields.endsOn")} hint={t("fields.endsOnHint")} error={error("endsOn")}>
          <Input type="date" {...register("endsOn")} />
        </Field>
        <Field label={t("fields.renewalMonths")} hint={t("fields.renewalMonthsHint")} error={error("renewalMonths")}>
          <Input type="number" inputMode="numeric" min={1} {...register("renewalMonths")} />
        </Field>
        <Field label={t("fields.noticeDays")} error={error("noticeDays")}>
          <Input type="number" inputMode="numeric" min={0} {...register("noticeDays")} />
        </Field>
        <Field label={t("fields.notifyBeforeDays")} hint={t("fields.notifyBeforeDaysHint")} error={error("notifyBeforeDays")}>
          <Input type="number" inputMode="numeric" min={0} {...register("notifyBeforeDays")} />
        </Field>
        <Field label={t("fields.notifyAfterDays")} error={error("notifyAfterDays")}>
          <Input type="number" inputMode="numeric" min={0} {...register("notifyAfterDays")} />
        </Field>
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" className="size-4" {...register("autoRenew")} />
          {t("fields.autoRenew")}
        </label>
        <Field label={t("fields.servicePlan")} error={error("servicePlanId")}>
          <Select {...register("servicePlanId")}>
            <option value="">{t("fields.noServicePlan")}</option>
            {customerPlans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.title}
              </option>
            ))}
          </Select>
        </Field>
      </FormSection>
      <FormActions
        cancelHref={editing ? `/${orgSlug}/contracts/${initial.id}` : `/${orgSlug}/contracts`}
        cancel={t("form.cancel")}
        submit={editing ? t("form.save") : t("form.create")}
        pending={pending}
      />
    </form>
  );
}
