import { Plus } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
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
    <Card>
      <CardHeader
        title={t("customerSection.title")}
        actions={
          canCreate && (
            <Link href={`/${orgSlug}/plans/new?customer=${customerId}`} className={buttonClass("secondary", "sm")}>
              <Plus className="size-4" aria-hidden />
              {t("customerSection.add")}
            </Link>
          )
        }
      />
      {plans.length === 0 ? (
        <p className="px-4 py-3 text-sm text-zinc-500">{t("customerSection.empty")}</p>
      ) : (
        <RowLinks>
          <ul aria-label={t("customerSection.title")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {plans.map((p) => (
              <li key={p.id}>
                <a
                  {...rowLink(`/${orgSlug}/plans/${p.id}`)}
                  className="flex items-center gap-3 px-4 py-2 text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
                >
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium">{p.title}</span>
                    <span className="block truncate text-xs text-zinc-500">
                      {[
                        t(`methods.${p.billingMethod}`),
                        t(`periods.${p.billingPeriod}`),
                        p.includedMinutes > 0 ? planDuration(t, p.includedMinutes) : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </span>
                  {p.archivedAt && <span className="text-xs text-zinc-500">{t("list.archived")}</span>}
                </a>
              </li>
            ))}
          </ul>
        </RowLinks>
      )}
    </Card>
  );
}
