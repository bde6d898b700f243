"use client";

import { useTranslations } from "next-intl";
import { type CustomerOption, CustomerCombobox } from "@/components/customers/customer-combobox";

/**
 * A list's customer filter: the shared combobox, compact for a toolbar. Choosing filters at once,
 * so typing over the chosen customer does not clear it; only choosing another or the clear button does.
 */
export function CustomerFilter({
  orgSlug,
  label,
  value,
  onChange,
}: {
  orgSlug: string;
  label: string;
  value: CustomerOption | null;
  onChange: (value: CustomerOption | null) => void;
}) {
  const t = useTranslations("common.customerPicker");
  return (
    <div className="w-full sm:w-56">
      <CustomerCombobox
        aria-label={label}
        orgSlug={orgSlug}
        value={value}
        onChange={onChange}
        clearOnType={false}
        compact
        listClassName="min-w-56"
        labels={{ placeholder: t("placeholder"), clear: t("clear"), searching: t("searching"), noResults: t("noResults") }}
      />
    </div>
  );
}
