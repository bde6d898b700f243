"use client";

import { useTranslations } from "next-intl";
import { type CustomerOption, CustomerCombobox } from "@/components/customers/customer-combobox";

export type { CustomerOption };

/**
 * The report's customer filter: the shared customer combobox. Choosing navigates, so typing over
 * the chosen customer does not clear it; only choosing another or the clear button does.
 */
export function CustomerPicker({
  orgSlug,
  value,
  onChange,
  id,
  ...aria
}: {
  orgSlug: string;
  value: CustomerOption | null;
  onChange: (value: CustomerOption | null) => void;
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}) {
  const t = useTranslations("reports.picker");
  return (
    <CustomerCombobox
      id={id}
      {...aria}
      orgSlug={orgSlug}
      value={value}
      onChange={onChange}
      clearOnType={false}
      labels={{ placeholder: t("placeholder"), clear: t("clear"), searching: t("searching"), noResults: t("noResults") }}
    />
  );
}
