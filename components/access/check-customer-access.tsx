"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { type CustomerOption, CustomerCombobox } from "@/components/customers/customer-combobox";
import { AccessResult } from "./access-result";
import { useExplainAccess } from "./use-explain-access";

/** SPEC T9 on the Members page: choose a customer, read whether this member can see and change it, and why. */
export function CheckCustomerAccess({ orgSlug, member }: { orgSlug: string; member: { userId: string; name: string } }) {
  const t = useTranslations("access");
  const inputId = useId();
  const [customer, setCustomer] = useState<CustomerOption | null>(null);
  const { answer, error, pending, ask, reset } = useExplainAccess(orgSlug);
  return (
    <div role="group" aria-label={t("checkCustomer.title", { name: member.name })} className="space-y-3 py-2">
      <div className="max-w-md">
        <label htmlFor={inputId} className="mb-1 block text-sm font-medium">
          {t("checkCustomer.customer")}
        </label>
        <CustomerCombobox
          id={inputId}
          orgSlug={orgSlug}
          value={customer}
          onChange={(chosen) => {
            setCustomer(chosen);
            // Choosing is the question: the answer follows at once.
            if (chosen) ask({ userId: member.userId, customerId: chosen.id });
            else reset();
          }}
          labels={{
            placeholder: t("picker.placeholder"),
            clear: t("picker.clear"),
            searching: t("picker.searching"),
            noResults: t("picker.noResults"),
          }}
        />
      </div>
      <AccessResult answer={answer} error={error} pending={pending} />
    </div>
  );
}
