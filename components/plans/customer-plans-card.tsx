import { getTranslations } from "next-intl/server";
import { CustomerSectionCard } from "@/components/customers/customer-section-card";
import type { CustomerPlanRow } from "@/lib/plans/list-customer-plans";
import { planDuration } from "./duration";

/** SPEC K2: on the customer's page, its service plans, and a new one for this customer. */
export async function CustomerPlansCard({
  orgSlug,
  customerId,
  plans,
  canCreate,
}: {
  orgSlug: string;
  customerId: string;
  plans: CustomerPlanRow[];
  canCreate: boolean;
}) {
  const t = await getTranslations("plans");
  return (
    <CustomerSectionCard
      title={t("customerSection.title")}
      add={canCreate ? { href: `/${orgSlug}/plans/new?customer=${customerId}`, label: t("customerSection.add") } : null}
      emptyText={t("customerSection.empty")}
      items={plans.map((p) => ({
        id: p.id,
        href: `/${orgSlug}/plans/${p.id}`,
        title: p.title,
        detail: [t(`methods.${p.billingMethod}`), t(`periods.${p.billingPeriod}`), p.includedMinutes > 0 ? planDuration(t, p.includedMinutes) : null]
          .filter(Boolean)
          .join(" · "),
        trailing: p.archivedAt ? <span className="text-xs text-zinc-500">{t("list.archived")}</span> : null,
      }))}
    />
  );
}
