"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useController, useFormContext, useFormState } from "react-hook-form";
import type { z } from "zod";
import { errorKey } from "@/components/forms/use-action-form";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { CUSTOMER_TYPES, LIFECYCLE_STATUSES, type customerFieldsSchema } from "@/lib/customers/schemas";
import { FormSection } from "./form-section";
import type { CustomerChoices, ParentOption } from "./options";
import { ParentPicker } from "./parent-picker";
import { TagPicker } from "./tag-picker";
import { Textarea } from "./textarea";

export type CustomerFieldsInput = z.input<typeof customerFieldsSchema>;

/** The company's fields, shared by the create and edit forms (both extend customerFieldsSchema). */
export function CustomerFields({
  orgSlug,
  choices: { members, regions, tags, phoneCountry },
  parent,
  selfId,
}: {
  orgSlug: string;
  choices: CustomerChoices;
  parent: ParentOption | null;
  selfId?: string;
}) {
  const t = useTranslations("customer");
  const locale = useLocale();
  const types = useTranslations("customerTypes");
  const lifecycle = useTranslations("lifecycle");
  const validation = useTranslations("validation");
  const tagsLabelId = useId();
  const { register, formState } = useFormContext<CustomerFieldsInput>();
  const { errors } = useFormState<CustomerFieldsInput>();
  const { field: parentField } = useController<CustomerFieldsInput, "parentId">({ name: "parentId" });
  // The form holds only the parent's id; the picker also needs its name to show.
  const [parentName, setParentName] = useState(parent?.name ?? "");
  const noneOption = <option value="">{t("none")}</option>;

  return (
    <FormSection title={t("sections.company")}>
      <Field label={t("fields.name")} error={errorKey(errors.name)}>
        <Input autoFocus autoComplete="organization" {...register("name")} />
      </Field>
      <Field label={t("fields.accountCode")} hint={t("hints.accountCode")} error={errorKey(errors.accountCode)}>
        <Input autoComplete="off" {...register("accountCode")} />
      </Field>
      <Field label={t("fields.type")} error={errorKey(errors.type)}>
        <Select {...register("type")}>
          {CUSTOMER_TYPES.map((type) => (
            <option key={type} value={type}>
              {types(type)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("fields.status")} error={errorKey(errors.status)}>
        <Select {...register("status")}>
          {LIFECYCLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {lifecycle(status)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("fields.parentId")} hint={t("hints.parent")} error={errorKey(errors.parentId)}>
        <ParentPicker
          orgSlug={orgSlug}
          excludeId={selfId}
          value={parentField.value ? { id: parentField.value, name: parentName } : null}
          onChange={(option) => {
            setParentName(option?.name ?? "");
            parentField.onChange(option?.id ?? "");
          }}
        />
      </Field>
      {regions.length > 0 && (
        <Field label={t("fields.regionId")} error={errorKey(errors.regionId)}>
          <Select {...register("regionId")}>
            {noneOption}
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t("fields.taxId")} hint={t("hints.taxId")} error={errorKey(errors.taxId)}>
        <Input autoComplete="off" inputMode="numeric" {...register("taxId")} />
      </Field>
      <Field label={t("fields.email")} error={errorKey(errors.email)}>
        <Input type="email" autoComplete="email" {...register("email")} />
      </Field>
      <Field
        label={t("fields.phone")}
        hint={
          phoneCountry
            ? t("hints.phone", { country: new Intl.DisplayNames([locale], { type: "region" }).of(phoneCountry) ?? phoneCountry })
            : t("hints.phoneNoCountry")
        }
        error={errorKey(errors.phone)}
      >
        <Input type="tel" autoComplete="tel" {...register("phone")} />
      </Field>
      <Field label={t("fields.workPhone")} error={errorKey(errors.workPhone)}>
        <Input type="tel" autoComplete="off" {...register("workPhone")} />
      </Field>
      <Field label={t("fields.website")} error={errorKey(errors.website)}>
        <Input inputMode="url" autoComplete="url" placeholder="example.com" {...register("website")} />
      </Field>
      <Field label={t("fields.referral")} hint={t("hints.referral")} error={errorKey(errors.referral)}>
        <Input autoComplete="off" {...register("referral")} />
      </Field>
      {(["salesRepId", "supportRepId"] as const).map((field) => (
        <Field key={field} label={t(`fields.${field}`)} error={errorKey(errors[field])}>
          <Select {...register(field)}>
            {noneOption}
            {/* Someone who left (T8) is shown only where they are the saved rep: kept, never newly offered. */}
            {members
              .filter((m) => !m.left || formState.defaultValues?.[field] === m.id)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.left ? t("repLeft", { name: m.name }) : m.name}
                </option>
              ))}
          </Select>
        </Field>
      ))}
      <div className="space-y-1.5 sm:col-span-2">
        <p id={tagsLabelId} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
          {t("fields.tagIds")}
        </p>
        <TagPicker tags={tags} labelledBy={tagsLabelId} />
        {errors.tagIds && (
          <p className="text-xs font-medium text-red-600 dark:text-red-400">
            {validation.has((errorKey(errors.tagIds) ?? "invalid") as never)
              ? validation((errorKey(errors.tagIds) ?? "invalid") as never)
              : validation("invalid")}
          </p>
        )}
      </div>
      <div className="sm:col-span-2">
        <Field label={t("fields.address")} error={errorKey(errors.address)}>
          <Textarea rows={2} autoComplete="street-address" {...register("address")} />
        </Field>
      </div>
    </FormSection>
  );
}
