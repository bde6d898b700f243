import { Plus } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import type { CustomerServiceRow } from "@/lib/service/list-customer-service-records";
import { StatusBadge } from "./status-badge";

/** On the customer's page: its latest service records and a way to file a new one for it. */
export async function CustomerServiceCard({
  orgSlug,
  customerId,
  records,
  canCreate,
}: {
  orgSlug: string;
  customerId: string;
  records: CustomerServiceRow[];
  canCreate: boolean;
}) {
  const t = await getTranslations("service.customerCard");
  const format = await getFormatter();
  return (
    <Card>
      <CardHeader
        title={t("title")}
        actions={
          <div className="flex items-center gap-2">
            {records.length > 0 && (
              <Link href={`/${orgSlug}/service?customer=${customerId}`} className={buttonClass("ghost", "sm")}>
                {t("viewAll")}
              </Link>
            )}
            {canCreate && (
              <Link href={`/${orgSlug}/service/new?customer=${customerId}`} className={buttonClass("secondary", "sm")}>
                <Plus className="size-4" aria-hidden />
                {t("newRecord")}
              </Link>
            )}
          </div>
        }
      />
      {records.length === 0 ? (
        <p className="px-4 py-3 text-sm text-zinc-500">{t("none")}</p>
      ) : (
        <RowLinks>
          <ul aria-label={t("title")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {records.map((r) => (
              <li key={r.id}>
                <a
                  {...rowLink(`/${orgSlug}/service/${r.id}`)}
                  className="flex items-center gap-3 px-4 py-2 text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
                >
                  <span className="shrink-0 tabular-nums text-zinc-500">#{r.number}</span>
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium">{r.subject}</span>
                    <span className="block truncate text-xs text-zinc-500">
                      {[format.dateTime(new Date(`${r.requestDate}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }), r.serviceType]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </span>
                  <StatusBadge status={r.status} />
                </a>
              </li>
            ))}
          </ul>
        </RowLinks>
      )}
    </Card>
  );
}
