"use client";

import { useFormatter, useTranslations } from "next-intl";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { StatusBadge } from "@/components/service/record/status-badge";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import type { SupportCustomer } from "@/lib/time-entries/get-support-customer";
import { formatDuration } from "@/lib/time-entries/format";

/**
 * SPEC S8's Report 1 list as soon as a customer is chosen: its earlier records with the time spent
 * on each; any of them opens for update on its own page.
 */
export function SupportHistory({ orgSlug, customer, currentId }: { orgSlug: string; customer: SupportCustomer | null; currentId: string | null }) {
  const t = useTranslations("timer.history");
  const format = useFormatter();
  const records = customer?.records.filter((r) => r.id !== currentId) ?? [];
  return (
    <Card>
      <CardHeader title={t("title")} description={customer ? customer.name : t("chooseCustomer")} />
      {customer && records.length === 0 && <EmptyState title={t("empty")} />}
      {records.length > 0 && (
        <RowLinks>
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b border-zinc-200 text-left text-xs text-zinc-500 dark:border-zinc-800">
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("number")}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("date")}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("type")}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("subject")}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("status")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t("time")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {records.map((r) => (
                  <tr key={r.id} className="align-top">
                    <td className="px-3 py-2">
                      <a {...rowLink(`/${orgSlug}/service/${r.id}`)} className="font-medium text-accent-700 hover:underline dark:text-accent-500">
                        #{r.number}
                      </a>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      <time dateTime={r.requestDate}>
                        {format.dateTime(new Date(`${r.requestDate}T12:00:00Z`), { dateStyle: "short", timeZone: "UTC" })}
                      </time>
                    </td>
                    <td className="px-3 py-2">{r.serviceType ?? "—"}</td>
                    <td className="px-3 py-2">{r.subject}</td>
                    <td className="px-3 py-2">
                      <StatusBadge status={r.status} />
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatDuration(r.seconds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </RowLinks>
      )}
    </Card>
  );
}
