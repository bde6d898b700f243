import { Plus } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import type { CustomerContracts } from "@/lib/contracts/list-customer-contracts";
import { CIVIL_DATE_FORMAT, civilDateValue } from "./contract-dates";
import { ContractStateBadge } from "./contract-state-badge";

/** SPEC C4: on the customer's page, its contracts with their state, and a new one for this customer. */
export async function CustomerContractsCard({
  orgSlug,
  customerId,
  contracts,
  canCreate,
}: {
  orgSlug: string;
  customerId: string;
  contracts: CustomerContracts["rows"];
  canCreate: boolean;
}) {
  const t = await getTranslations("contracts");
  const format = await getFormatter();
  return (
    <Card>
      <CardHeader
        title={t("customerSection.title")}
        actions={
          canCreate && (
            <Link href={`/${orgSlug}/contracts/new?customer=${customerId}`} className={buttonClass("secondary", "sm")}>
              <Plus className="size-4" aria-hidden />
              {t("customerSection.newContract")}
            </Link>
          )
        }
      />
      {contracts.length === 0 ? (
        <p className="px-4 py-3 text-sm text-zinc-500">{t("customerSection.empty")}</p>
      ) : (
        <RowLinks>
          <ul aria-label={t("customerSection.title")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {contracts.map((c) => (
              <li key={c.id}>
                <a
                  {...rowLink(`/${orgSlug}/contracts/${c.id}`)}
                  className="flex items-center gap-3 px-4 py-2 text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
                >
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium">{c.name}</span>
                    <span className="block truncate text-xs text-zinc-500">
                      {[c.typeLabel, c.endsOn ? format.dateTime(civilDateValue(c.endsOn), CIVIL_DATE_FORMAT) : t("openEnded")].join(" · ")}
                    </span>
                  </span>
                  <ContractStateBadge state={c.state} />
                </a>
              </li>
            ))}
          </ul>
        </RowLinks>
      )}
    </Card>
  );
}
