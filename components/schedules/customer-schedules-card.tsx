import { getFormatter, getTranslations } from "next-intl/server";
import { CustomerSectionCard } from "@/components/customers/customer-section-card";
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
  const next = (s: CustomerScheduleRow) =>
    s.pausedAt ? t("customerCard.paused") : s.nextDueAt ? t("customerCard.next", { date: s.nextDueAt }) : t("states.ended");
  return (
    <CustomerSectionCard
      title={t("customerCard.title")}
      add={canCreate ? { href: `/${orgSlug}/schedules/new?customer=${customerId}`, label: t("customerCard.add") } : null}
      emptyText={t("customerCard.empty")}
      items={schedules.map((s) => ({
        id: s.id,
        href: `/${orgSlug}/schedules/${s.id}`,
        title: s.title,
        detail: `${describeRecurrence(
          readRecurrence(s.rrule, s.holidayMove),
          (key, values) => t(`recurrence.${key}`, values),
          (d, o) => format.dateTime(d, o),
        )} · ${next(s)}`,
      }))}
    />
  );
}
