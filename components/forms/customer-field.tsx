"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { type Control, type FieldPath, type FieldValues, useController } from "react-hook-form";
import { type CustomerOption, CustomerCombobox } from "@/components/customers/customer-combobox";
import { Field } from "@/components/ui/field";

/**
 * A form's customer: the combobox over the org's customers bound to the form field `name` (the
 * chosen customer's id, "" when cleared). `initial` is the customer the form opened with, shown by
 * name. `onChange` runs after the field is set, for what depends on the customer (its contracts or
 * plans: reset the choice and load the new customer's with useCustomerChoices).
 */
export function CustomerField<T extends FieldValues>({
  orgSlug,
  control,
  name,
  initial,
  label,
  error,
  onChange,
}: {
  orgSlug: string;
  control: Control<T>;
  name: FieldPath<T>;
  initial: CustomerOption | null;
  label: string;
  /** A `validation.` key, as the form's errors give it. */
  error?: string;
  onChange?: (customer: CustomerOption | null) => void;
}) {
  const t = useTranslations("common.customerPicker");
  const { field } = useController({ control, name });
  // The id is the form's value; the name shown beside it lives here.
  const [customer, setCustomer] = useState<CustomerOption | null>(initial);
  return (
    <Field label={label} error={error}>
      <CustomerCombobox
        orgSlug={orgSlug}
        value={customer}
        onChange={(value) => {
          setCustomer(value);
          field.onChange(value?.id ?? "");
          onChange?.(value);
        }}
        labels={{ placeholder: t("placeholder"), clear: t("clear"), searching: t("searching"), noResults: t("noResults") }}
      />
    </Field>
  );
}
