import { getFormatter, getTranslations } from "next-intl/server";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { Badge, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { PendingApproval } from "@/lib/service/list-pending";
import { CloseServiceButton } from "./close-service-button";

/** SPEC S7: the approved records waiting to be closed, with what the customer said. */
export async function PendingTable({ orgSlug, rows, canClose }: { orgSlug: string; rows: PendingApproval[]; canClose: boolean }) {
  const [t, format] = await Promise.all([getTranslations("approval.pending"), getFormatter()]);
  if (!rows.length)
    return (
      <EmptyState title={t("empty")}>
        <p>{t("emptyBody")}</p>
      </EmptyState>
    );
  const time = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short" });
  return (
    <RowLinks>
      <Table label={t("tableLabel")}>
        <thead>
          <tr>
            <Th>{t("number")}</Th>
            <Th>{t("customer")}</Th>
            <Th>{t("subject")}</Th>
            <Th>{t("technicians")}</Th>
            <Th>{t("approvedAt")}</Th>
            <Th className="text-right">{t("score")}</Th>
            <Th>{t("comment")}</Th>
            {canClose && (
              <Th>
                <span className="sr-only">{t("actions")}</span>
              </Th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <Td className="whitespace-nowrap font-medium">
                <a {...rowLink(`/${orgSlug}/service/${row.id}`)} className="text-accent-600 hover:underline dark:text-accent-500">
                  #{row.number}
                </a>
              </Td>
              <Td>
                {row.customerId && row.customerName ? (
                  <a {...rowLink(`/${orgSlug}/customers/${row.customerId}`)} className="hover:underline">
                    {row.customerName}
                  </a>
                ) : (
                  <span className="text-zinc-500">{t("noCustomer")}</span>
                )}
              </Td>
              <Td className="max-w-56">{row.subject}</Td>
              <Td>
                <ul className="space-y-1">
                  {row.technicians.map((tech) => (
                    <li key={tech.userId}>
                      <span className="font-medium">{tech.name}</span>
                      <span className="block text-xs text-zinc-500">
                        {tech.checkInAt ? t("checkIn", { time: time(tech.checkInAt) }) : t("noTimes")}
                        {tech.checkOutAt && ` · ${t("checkOut", { time: time(tech.checkOutAt) })}`}
                      </span>
                    </li>
                  ))}
                </ul>
              </Td>
              <Td className="whitespace-nowrap">{row.approvedAt && time(row.approvedAt)}</Td>
              <Td className="text-right">
                <Badge tone={row.score !== null && row.score < 5 ? "warning" : "accent"}>{row.score}/10</Badge>
              </Td>
              <Td className="max-w-72 whitespace-pre-line">{row.comment}</Td>
              {canClose && (
                <Td className="text-right">
                  <CloseServiceButton orgSlug={orgSlug} record={{ id: row.id, number: row.number }} />
                </Td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </RowLinks>
  );
}
