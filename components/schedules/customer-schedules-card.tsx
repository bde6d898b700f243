import { Plus } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RowLinks } from "@/components/lists/row-link";
import { rowLink } from "@/components/lists/row-link-props";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { describeRecurrence } from "@/lib/schedules/describe-recurrence";
import type { CustomerScheduleRow } from "@/lib/schedules/list-customer-schedules";
import { readRecurrence } from "@/lib/schedules/recurrence";

/** SPEC K3: on the customer's page, its maintenance schedules, when the next record is due, and a new one. */
export async function CustomerSchedulesCard({
  orgSlug,
  customerId,
  schedules,
  canCreate,
}: {
  orgSlug: string;
  customerId: string;
  schedules: CustomerScheduleRow[];
  canCreate: boolean;
}) {
  const t = await getTranslations("schedules");
  const format = await getFormatter();
  return (
    <Card>
      <CardHeader
        title={t("customerCard.title")}
        actions={
          canCreate && (
            <Link href={`/${orgSlug}/schedules/new?customer=${customerId}`} className={buttonClass("secondary", "sm")}>
              <Plus className="size-4" aria-hidden />
              {t("customerCard.add")}
            </Link>
          )
        }
      />
      {schedules.length === 0 ? (
        <p className="px-4 py-3 text-sm text-zinc-500">{t("customerCard.empty")}</p>
      ) : (
        <RowLinks>
          <ul aria-label={t("customerCard.title")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {schedules.map((s) => (
              <li key={s.id}>
                <a {...rowLink(`/${orgSlug}/schedules/${s.id}`)} className="block px-4 py-2 text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800/60">
                  <span className="font-medium">{s.title}</span>
                  <span className="block text-zinc-500">
                    {describeRecurrence(
                      readRecurrence(s.rrule, s.holidayMove),
                      (key, values) => t(`recurrence.${key}`, values),
                      (d, o) => format.dateTime(d, o),
                    )}
                    {" · "}
                    {s.pausedAt ? t("customerCard.paused") : s.nextDueAt ? t("customerCard.next", { date: s.nextDueAt }) : t("states.ended")}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </RowLinks>
      )}
    </Card>
  );
}
