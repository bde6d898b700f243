"use client";

import { useTranslations } from "next-intl";
import { CustomerCombobox } from "@/components/customers/customer-combobox";
import type { ParentOption } from "./options";

/** The customer form's parent company: the shared customer combobox, never offering the customer itself. */
export function ParentPicker({
  orgSlug,
  value,
  onChange,
  excludeId,
  id,
  ...aria
}: {
  orgSlug: string;
  value: ParentOption | null;
  onChange: (value: ParentOption | null) => void;
  excludeId?: string;
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}) {
  const t = useTranslations("customer.parent");
  return (
    <CustomerCombobox
      id={id}
      {...aria}
      orgSlug={orgSlug}
      value={value}
      onChange={onChange}
      excludeId={excludeId}
      labels={{ placeholder: t("placeholder"), clear: t("clear"), searching: t("searching"), noResults: t("noResults") }}
    />
  );
}
