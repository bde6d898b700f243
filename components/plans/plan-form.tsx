"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Controller } from "react-hook-form";
import { toast } from "sonner";
import { FormActions } from "@/components/forms/form-actions";
import { useCustomerChoices } from "@/components/forms/use-customer-choices";
import type { CustomerOption } from "@/components/customers/customer-combobox";
import { CustomerField } from "@/components/forms/customer-field";
import { FormSection } from "@/components/customers/form/form-section";
import { Textarea } from "@/components/customers/form/textarea";
import { errorKey, useActionForm } from "@/components/forms/use-action-form";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { PLAN_BILLING_METHODS, PLAN_BILLING_PERIODS, PLAN_OVERTIME_BEHAVIOURS } from "@/db/schema/enum-values";
import { listCustomerContractOptionsAction } from "@/lib/contracts/actions";
import { createPlanAction, updatePlanAction } from "@/lib/plans/actions";
import { createPlanSchema, type PlanFormInput, updatePlanSchema } from "@/lib/plans/schemas";

export type PlanFormValues = PlanFormInput & { id?: string; version?: number };

/**
 * SPEC K2: a plan's fields, for a new plan (customer possibly prefilled from the customer page) or
 * an edit over the version the user loaded. Hours are typed as hours; the schema the verb parses
 * with turns them into minutes. `contracts`: the initial customer's, offered while it is chosen.
 */
export function PlanForm({
  orgSlug,
  initial,
  customer: initialCustomer,
  contracts,
  serviceTypes,
}: {
  orgSlug: string;
  initial: PlanFormValues;
  customer: CustomerOption | null;
  contracts: { id: string; name: string }[];
  serviceTypes: { id: string; label: string }[];
}) {
  const t = useTranslations("plans");
  const router = useRouter();
  const editing = !!initial.id;
  const { form, onSubmit, errors, pending } = useActionForm({
    schema: editing ? updatePlanSchema : createPlanSchema,
    defaultValues: initial,
    idempotent: !editing,
    action: (values) => (editing ? updatePlanAction(orgSlug, values) : createPlanAction(orgSlug, values)),
    onSuccess: (data) => {
      toast.success(editing ? t("form.saved") : t("form.created"));
      router.push(`/${orgSlug}/plans/${editing ? initial.id : (data as { id: string }).id}`);
    },
  });
  const { register } = form;
  const error = (name: keyof typeof errors) => errorKey(errors[name]);
  const [customerContracts, chooseContractsOf] = useCustomerChoices({ customerId: initialCustomer?.id ?? null, options: contracts }, (customerId) =>
    listCustomerContractOptionsAction(orgSlug, { customerId }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormSection title={t("form.details")}>
        <CustomerField
          orgSlug={orgSlug}
          control={form.control}
          name="customerId"
          initial={initialCustomer}
          label={t("fields.customer")}
          error={error("customerId")}
          onChange={(value) => {
            // A contract belongs to one customer: another customer starts without one.
            form.setValue("contractId", "");
            void chooseContractsOf(value?.id ?? null);
          }}
        />
        <Field label={t("fields.contract")} error={error("contractId")}>
          <Select {...register("contractId")}>
            <option value="">{t("fields.noContract")}</option>
            {customerContracts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <div className="sm:col-span-2">
          <Field label={t("fields.title")} error={error("title")}>
            <Input {...register("title")} />
          </Field>
        </div>
        <div className="sm:col-span-2">
          <Field label={t("fields.description")} error={error("description")}>
            <Textarea rows={3} {...register("description")} />
          </Field>
        </div>
      </FormSection>
      <FormSection title={t("form.billing")}>
        <Field label={t("fields.billingMethod")} error={error("billingMethod")}>
          <Select {...register("billingMethod")}>
            {PLAN_BILLING_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`methods.${m}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("fields.billingPeriod")} error={error("billingPeriod")}>
          <Select {...register("billingPeriod")}>
            {PLAN_BILLING_PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`periods.${p}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("fields.firstPeriodStart")} error={error("firstPeriodStart")}>
          <Input type="date" {...register("firstPeriodStart")} />
        </Field>
        <Field label={t("fields.fixedAmount")} error={error("fixedAmount")}>
          <Input inputMode="decimal" {...register("fixedAmount")} />
        </Field>
        <Field label={t("fields.hourlyRate")} error={error("hourlyRate")}>
          <Input inputMode="decimal" {...register("hourlyRate")} />
        </Field>
        <Field label={t("fields.overtimeRate")} error={error("overtimeRate")}>
          <Input inputMode="decimal" {...register("overtimeRate")} />
        </Field>
        <Field label={t("fields.overtimeBehaviour")} error={error("overtimeBehaviour")}>
          <Select {...register("overtimeBehaviour")}>
            {PLAN_OVERTIME_BEHAVIOURS.map((o) => (
              <option key={o} value={o}>
                {t(`overtime.${o}`)}
              </option>
            ))}
          </Select>
        </Field>
      </FormSection>
      <FormSection title={t("form.hours")}>
        <Field label={t("fields.includedHours")} hint={t("fields.hoursHint")} error={error("includedMinutes")}>
          <Input inputMode="decimal" {...register("includedMinutes")} />
        </Field>
        <Field label={t("fields.weeklyMaxHours")} hint={t("fields.weeklyMaxHint")} error={error("weeklyMaxMinutes")}>
          <Input inputMode="decimal" {...register("weeklyMaxMinutes")} />
        </Field>
        <Field label={t("fields.roundingMinutes")} hint={t("fields.roundingHint")} error={error("roundingMinutes")}>
          <Input type="number" inputMode="numeric" min={0} {...register("roundingMinutes")} />
        </Field>
        <Field label={t("fields.minimumMinutes")} error={error("minimumMinutes")}>
          <Input type="number" inputMode="numeric" min={0} {...register("minimumMinutes")} />
        </Field>
        <Controller
          control={form.control}
          name="serviceTypeIds"
          render={({ field }) => {
            const chosen = new Set((field.value as string[] | undefined) ?? []);
            return (
              <fieldset className="space-y-1.5 sm:col-span-2">
                <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{t("fields.serviceTypes")}</legend>
                <p className="text-xs text-zinc-500">{t("fields.serviceTypesHint")}</p>
                <div className="flex flex-wrap gap-x-4 gap-y-1">
                  {serviceTypes.map((type) => (
                    <label key={type.id} className="flex items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        className="size-4"
                        checked={chosen.has(type.id)}
                        onChange={(e) => {
                          const next = new Set(chosen);
                          if (e.target.checked) next.add(type.id);
                          else next.delete(type.id);
                          field.onChange([...next]);
                        }}
                      />
                      {type.label}
                    </label>
                  ))}
                </div>
              </fieldset>
            );
          }}
        />
      </FormSection>
      <FormSection title={t("form.options")}>
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" className="size-4" {...register("carryForward")} />
          {t("fields.carryForward")}
        </label>
        <Field label={t("fields.carryCapHours")} hint={t("fields.carryCapHint")} error={error("carryCapMinutes")}>
          <Input inputMode="decimal" {...register("carryCapMinutes")} />
        </Field>
        <Field label={t("fields.carryExpiryPeriods")} hint={t("fields.carryExpiryHint")} error={error("carryExpiryPeriods")}>
          <Input type="number" inputMode="numeric" min={1} {...register("carryExpiryPeriods")} />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" {...register("techMayAddCost")} />
          {t("fields.techMayAddCost")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" {...register("techMayAddTime")} />
          {t("fields.techMayAddTime")}
        </label>
        <Field label={t("fields.fixedCost")} hint={t("fields.costHint")} error={error("fixedCost")}>
          <Input inputMode="decimal" {...register("fixedCost")} />
        </Field>
        <Field label={t("fields.differenceCost")} hint={t("fields.costHint")} error={error("differenceCost")}>
          <Input inputMode="decimal" {...register("differenceCost")} />
        </Field>
      </FormSection>
      <FormActions
        cancelHref={editing ? `/${orgSlug}/plans/${initial.id}` : `/${orgSlug}/plans`}
        cancel={t("form.cancel")}
        submit={editing ? t("form.save") : t("form.create")}
        pending={pending}
      />
    </form>
  );
}
