"use client";

import { useTranslations } from "next-intl";
import { DeleteButton } from "@/components/ui/delete-button";
import { removeCustomerAction } from "@/lib/customers/actions";

/** SPEC C5: asks first, says what goes with the customer, then returns to the list. */
export function DeleteCustomerButton({ orgSlug, customer }: { orgSlug: string; customer: { id: string; name: string } }) {
  const t = useTranslations("customer");
  return (
    <DeleteButton
      label={t("delete")}
      title={t("deleteTitle", { name: customer.name })}
      description={t("deleteBody")}
      confirmLabel={t("deleteConfirm")}
      deleted={t("deleted", { name: customer.name })}
      then={`/${orgSlug}/customers`}
      run={() => removeCustomerAction(orgSlug, { id: customer.id })}
    />
  );
}
