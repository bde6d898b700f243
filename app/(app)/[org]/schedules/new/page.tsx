import { getLocale, getTranslations } from "next-intl/server";
import { loadScheduleChoices } from "@/components/schedules/load-schedule-choices";
import { ScheduleForm } from "@/components/schedules/schedule-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getCustomer } from "@/lib/customers/get-customer";
import { todayIn } from "@/lib/contracts/today";
import { now } from "@/lib/clock";
import type { Locale } from "@/lib/i18n/locales";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { firstValues } from "@/lib/search/first-values";

export async function generateMetadata() {
  return { title: (await getTranslations("schedules"))("newSchedule") };
}

/** A new schedule; `?customer=<id>` (the customer page's link) prefills the customer and offers its contracts. */
export default async function NewSchedulePage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getOrgContext((await params).org);
  const customerId = firstValues(await searchParams).customer;
  const locale = (await getLocale()) as Locale;
  const loaded = await loadOrDeny(async () => {
    requirePermission(ctx, "schedules.create");
    // An unknown or unseen customer id just leaves the field empty.
    const customer = customerId ? await getCustomer(ctx, { id: customerId }).catch(() => null) : null;
    return { customer, choices: await loadScheduleChoices(ctx, locale, customer?.id ?? null) };
  });
  if (loaded.denied) return <AccessDenied />;
  const { customer, choices } = loaded.data;
  const t = await getTranslations("schedules");
  const defaultCalendar = choices.calendars[0]?.id ?? "";
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("newSchedule")} />
      <ScheduleForm
        orgSlug={ctx.org.slug}
        choices={choices}
        customer={customer ? { id: customer.id, name: customer.name } : null}
        initial={{
          customerId: customer?.id ?? "",
          contractId: "",
          title: "",
          kind: "monthly_day",
          interval: "1",
          weekdays: [],
          day: "1",
          nth: "1",
          weekday: "mon",
          month: "1",
          rrule: "",
          firstDate: todayIn(ctx.org.timeZone, now()),
          ends: "never",
          untilDate: "",
          count: "",
          leadDays: "0",
          technicianIds: [],
          serviceTypeId: choices.scheduledTypeId,
          calendarId: defaultCalendar,
          catchUpPolicy: "create_upcoming",
        }}
      />
    </div>
  );
}
