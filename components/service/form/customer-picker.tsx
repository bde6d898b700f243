"use client";

import { useTranslations } from "next-intl";
import { type CustomerOption, CustomerCombobox } from "@/components/customers/customer-combobox";

export type { CustomerOption };

/** The Service form's, list filter's and timer's customer: the shared customer combobox. */
export function CustomerPicker({
  orgSlug,
  value,
  onChange,
  compact,
  id,
  ...aria
}: {
  orgSlug: string;
  value: CustomerOption | null;
  onChange: (value: CustomerOption | null) => void;
  /** Toolbar size (the Service list's filter). */
  compact?: boolean;
  id?: string;
  "aria-label"?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}) {
  const t = useTranslations("service.picker");
  return (
    <CustomerCombobox
      id={id}
      {...aria}
      orgSlug={orgSlug}
      value={value}
      onChange={onChange}
      compact={compact}
      // The list filter sits in a narrow toolbar; the options need room for names and codes.
      listClassName="min-w-56"
      labels={{ placeholder: t("placeholder"), clear: t("clear"), searching: t("searching"), noResults: t("noResults") }}
    />
  );
}
