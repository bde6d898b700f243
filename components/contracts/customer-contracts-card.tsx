import { getFormatter, getTranslations } from "next-intl/server";
import { CustomerSectionCard } from "@/components/customers/customer-section-card";
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
    <CustomerSectionCard
      title={t("customerSection.title")}
      add={canCreate ? { href: `/${orgSlug}/contracts/new?customer=${customerId}`, label: t("customerSection.newContract") } : null}
      emptyText={t("customerSection.empty")}
      items={contracts.map((c) => ({
        id: c.id,
        href: `/${orgSlug}/contracts/${c.id}`,
        title: c.name,
        detail: [c.typeLabel, c.endsOn ? format.dateTime(civilDateValue(c.endsOn), CIVIL_DATE_FORMAT) : t("openEnded")].join(" · "),
        trailing: <ContractStateBadge state={c.state} />,
      }))}
    />
  );
}
