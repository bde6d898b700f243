import { ChevronLeft, Pencil } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import type { CustomerFields } from "@/lib/customers/schemas";
import { DeleteCustomerButton } from "./delete-customer-button";

const STATUS_TONE = { first_contact: "neutral", in_talks: "warning", potential: "warning", active: "accent" } as const;

export async function CustomerHeader({
  orgSlug,
  customer,
  canUpdate,
  canDelete,
}: {
  orgSlug: string;
  customer: Pick<CustomerFields, "name" | "accountCode" | "type" | "status"> & { id: string };
  canUpdate: boolean;
  canDelete: boolean;
}) {
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
          </div>
        </div>
        {(canUpdate || canDelete) && (
          <div className="flex gap-2">
            {canUpdate && (
              <Link href={`/${orgSlug}/customers/${customer.id}/edit`} className={buttonClass("secondary")}>
                <Pencil className="size-4" aria-hidden />
                {t("edit")}
              </Link>
            )}
            {canDelete && <DeleteCustomerButton orgSlug={orgSlug} customer={customer} />}
          </div>
        )}
      </div>
    </div>
  );
}
