import { ChevronLeft, Pencil } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CIVIL_DATE_FORMAT, civilDateValue } from "@/components/contracts/contract-dates";
import { ContractStateBadge } from "@/components/contracts/contract-state-badge";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import type { ContractState } from "@/db/schema/enum-values";
import type { CustomerFields } from "@/lib/customers/schemas";
import { DeleteCustomerButton } from "./delete-customer-button";

const STATUS_TONE = { first_contact: "neutral", in_talks: "warning", potential: "warning", active: "accent" } as const;

export async function CustomerHeader({
  orgSlug,
  customer,
  canUpdate,
  canDelete,
  contract = null,
}: {
  orgSlug: string;
  customer: Pick<CustomerFields, "name" | "accountCode" | "type" | "status"> & { id: string };
  canUpdate: boolean;
  canDelete: boolean;
  /** SPEC S2: the contract in force (lib/contracts/list-customer-contracts.ts), its end date and state. */
  contract?: { endsOn: string | null; state: ContractState } | null;
}) {
  const format = await getFormatter();
  const contracts = await getTranslations("contracts");
  const t = await getTranslations("customer");
  const types = await getTranslations("customerTypes");
  const lifecycle = await getTranslations("lifecycle");
  return (
    <div className="mb-6">
      <Link
        href={`/${orgSlug}/customers`}
        className="mb-2 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200"
      >
        <ChevronLeft className="size-4" aria-hidden />
        {t("backToCustomers")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight break-words">{customer.name}</h1>
          <div className="mt-1.5 flex flex-wrap items-center gap-2 text-sm text-zinc-500">
            <Badge>{types(customer.type)}</Badge>
            <Badge tone={STATUS_TONE[customer.status]}>{lifecycle(customer.status)}</Badge>
            {customer.accountCode && <span>{t("accountCode", { code: customer.accountCode })}</span>}
            {contract && (
              <span className="inline-flex items-center gap-1.5">
                {contracts("customerSection.current")}: <ContractStateBadge state={contract.state} />
                {contract.endsOn
                  ? contracts("customerSection.endsOn", { date: format.dateTime(civilDateValue(contract.endsOn), CIVIL_DATE_FORMAT) })
                  : contracts("openEnded")}
              </span>
            )}
          </div>
        </div>
        {(canUpdate || canDelete) && (
          <div className="flex gap-2">
            {canUpdate && (
              // Prefetched on intent only (RowLinks), like the list's header buttons.
              <RowLinks>
                <a {...rowLink(`/${orgSlug}/customers/${customer.id}/edit`)} className={buttonClass("secondary")}>
                  <Pencil className="size-4" aria-hidden />
                  {t("edit")}
                </a>
              </RowLinks>
            )}
            {canDelete && <DeleteCustomerButton orgSlug={orgSlug} customer={customer} />}
          </div>
        )}
      </div>
    </div>
  );
}
