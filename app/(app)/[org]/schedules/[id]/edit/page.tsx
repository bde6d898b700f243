import { getLocale, getTranslations } from "next-intl/server";
import { loadScheduleChoices } from "@/components/schedules/load-schedule-choices";
import { ScheduleForm } from "@/components/schedules/schedule-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { loadSchedule } from "../load-schedule";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("schedules"))("form.editTitle") };
}

/** Edit over the version loaded; the form says that only visits still to come change. */
export default async function EditSchedulePage({ params }: Params) {
  const { org, id } = await params;
  const locale = (await getLocale()) as Locale;
  const loaded = await loadOrDeny(async () => {
    const { ctx, detail } = await loadSchedule(org, id);
    requirePermission(ctx, "schedules.update");
    return { ctx, detail, choices: await loadScheduleChoices(ctx, locale, detail.schedule.customerId) };
  });
  if (loaded.denied) return <AccessDenied />;
  const { ctx, detail, choices } = loaded.data;
  const { schedule, recurrence: r } = detail;
  const t = await getTranslations("schedules");
  const str = (v: number | null | undefined, fallback: string) => (v === null || v === undefined ? fallback : String(v));
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("form.editTitle")} />
      <ScheduleForm
        orgSlug={ctx.org.slug}
        choices={choices}
        customer={detail.customer}
        initial={{
          id: schedule.id,
          version: schedule.version,
          customerId: schedule.customerId,
          contractId: schedule.contractId ?? "",
          title: schedule.title,
          kind: r.kind,
          interval: str("interval" in r ? r.interval : null, "1"),
          weekdays: r.kind === "weekly" ? r.weekdays : [],
          day: str("day" in r ? r.day : null, "1"),
          nth: str(r.kind === "monthly_nth" ? r.nth : null, "1"),
          weekday: r.kind === "monthly_nth" ? r.weekday : "mon",
          month: str(r.kind === "yearly" ? r.month : null, "1"),
          rrule: r.kind === "custom" ? r.rrule : "",
          firstDate: schedule.firstDate,
          ends: schedule.untilDate ? "until" : schedule.count ? "count" : "never",
          untilDate: schedule.untilDate ?? "",
          count: str(schedule.count, ""),
          leadDays: String(schedule.leadDays),
          technicianIds: detail.technicians.map((m) => m.id),
          serviceTypeId: schedule.serviceTypeId,
          calendarId: schedule.calendarId ?? "",
          catchUpPolicy: schedule.catchUpPolicy,
        }}
      />
    </div>
  );
}
