"use client";

import { useTranslations } from "next-intl";
import { get, useFormContext, useFormState } from "react-hook-form";
import { errorKey } from "@/components/forms/use-action-form";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { CONTACT_METHODS } from "@/lib/contacts/schemas";

type ContactField = "name" | "title" | "role" | "email" | "phone" | "preferredMethod";

/**
 * A contact's fields (contactFieldsSchema). `prefix` places them in the surrounding form: "contact."
 * inside the new-customer form, "" in the contact dialog.
 */
export function ContactFields({ prefix = "", autoFocus }: { prefix?: "" | "contact."; autoFocus?: boolean }) {
  const t = useTranslations("customer.contact");
  const methods = useTranslations("contactMethods");
  const none = useTranslations("customer");
  const { register } = useFormContext();
  const { errors } = useFormState();
  const path = (field: ContactField) => `${prefix}${field}`;
  const error = (field: ContactField) => errorKey(get(errors, path(field)));

  return (
    <>
      <Field label={t("name")} error={error("name")}>
        <Input autoFocus={autoFocus} autoComplete="off" {...register(path("name"))} />
      </Field>
      <Field label={t("title")} error={error("title")}>
        <Input autoComplete="off" {...register(path("title"))} />
      </Field>
      <Field label={t("role")} error={error("role")}>
        <Input autoComplete="off" {...register(path("role"))} />
      </Field>
      <Field label={t("preferredMethod")} error={error("preferredMethod")}>
        <Select {...register(path("preferredMethod"))}>
          <option value="">{none("none")}</option>
          {CONTACT_METHODS.map((method) => (
            <option key={method} value={method}>
              {methods(method)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("email")} error={error("email")}>
        <Input type="email" autoComplete="off" {...register(path("email"))} />
      </Field>
      <Field label={t("phone")} error={error("phone")}>
        <Input type="tel" autoComplete="off" {...register(path("phone"))} />
      </Field>
    </>
  );
}
