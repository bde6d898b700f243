import { getFormatter, getTranslations } from "next-intl/server";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDuration } from "@/lib/time-entries/format";
import type { SupportHistoryItem } from "@/lib/service/support-history";

/**
 * SPEC S7 on the customer page: the closed records filed into this customer's support history.
 * Load the items with `listSupportHistory(ctx, { customerId }, locale)`.
 */
export async function SupportHistoryCard({ orgSlug, items }: { orgSlug: string; items: SupportHistoryItem[] }) {
  const [t, format] = await Promise.all([getTranslations("approval.history"), getFormatter()]);
  return (
    <Card>
      <CardHeader title={t("title")} />
      {items.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <RowLinks>
          <Table label={t("tableLabel")}>
            <thead>
              <tr>
                <Th>{t("number")}</Th>
                <Th>{t("date")}</Th>
                <Th>{t("type")}</Th>
                <Th>{t("subject")}</Th>
                <Th className="text-right">{t("time")}</Th>
                <Th className="text-right">{t("score")}</Th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <Td className="whitespace-nowrap">
                    <a {...rowLink(`/${orgSlug}/service/${item.id}`)} className="font-medium text-accent-600 hover:underline dark:text-accent-500">
                      #{item.number}
                    </a>
                  </Td>
                  <Td className="whitespace-nowrap">
                    {format.dateTime(new Date(`${item.requestDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}
                  </Td>
                  <Td>{item.type}</Td>
                  <Td>{item.subject}</Td>
                  <Td className="text-right tabular-nums">{formatDuration(item.totalSeconds)}</Td>
                  <Td className="text-right tabular-nums">{item.score === null ? "" : `${item.score}/10`}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </RowLinks>
      )}
    </Card>
  );
}
