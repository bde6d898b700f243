"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CIVIL_DATE_FORMAT, civilDateValue } from "@/components/contracts/contract-dates";
import { ContractStateBadge } from "@/components/contracts/contract-state-badge";
import { formatPhone } from "@/lib/fields/format-phone";
import type { ServiceCustomer } from "@/lib/service/get-service-customer";

/** SPEC S2: who the operator is talking to — account code, region, how to reach them, their contract. */
export function CustomerSummary({ customer, loading }: { customer: ServiceCustomer | null; loading: boolean }) {
  const t = useTranslations("service.form.customerCard");
  const format = useFormatter();
  if (loading && !customer)
    return (
      <p className="text-sm text-zinc-500 sm:col-span-2" role="status">
        {t("loading")}
      </p>
    );
  if (!customer) return null;
  const rows: [string, ReactNode][] = [
    [t("accountCode"), customer.accountCode],
    [t("region"), customer.region],
    [
      t("email"),
      customer.email && (
        <a href={`mailto:${customer.email}`} className="text-accent-700 hover:underline dark:text-accent-500">
          {customer.email}
        </a>
      ),
    ],
    [
      t("phone"),
      customer.phone && (
        <a href={`tel:${customer.phone}`} className="text-accent-700 hover:underline dark:text-accent-500">
          {formatPhone(customer.phone)}
        </a>
      ),
    ],
    [
      t("contract"),
      customer.contract ? (
        <span className="flex flex-wrap items-center gap-1.5">
          <ContractStateBadge state={customer.contract.state} />
          <span>{customer.contract.endsOn ? format.dateTime(civilDateValue(customer.contract.endsOn), CIVIL_DATE_FORMAT) : t("openEnded")}</span>
        </span>
      ) : (
        t("noContract")
      ),
    ],
  ];
  return (
    <dl
      aria-label={t("label")}
      className="grid grid-cols-2 gap-x-4 gap-y-2 rounded-md bg-zinc-50 p-3 text-sm sm:col-span-2 sm:grid-cols-5 dark:bg-zinc-800/50"
    >
      {rows.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="text-xs font-medium text-zinc-500">{label}</dt>
          <dd className="truncate">{value || <span className="text-zinc-400">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
