import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { CalendarForm } from "@/components/calendars/calendar-form";
import { DeleteCalendarButton } from "@/components/calendars/delete-calendar-button";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getBusinessCalendar } from "@/lib/calendars/get-business-calendar";
import { holidayPreviews } from "@/lib/calendars/holiday-previews";
import { HOLIDAY_COUNTRIES } from "@/lib/calendars/schemas";
import { now } from "@/lib/clock";
import { NotFoundError } from "@/lib/errors";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { BackToSettings } from "../back-to-settings";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("calendars"))("editTitle") };
}

export default async function EditCalendarPage({ params }: Params) {
  const { org, id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const ctx = await getOrgContext(org);
  const loaded = await loadOrDeny(async () => {
    requirePermission(ctx, "businessCalendars.manage");
    return getBusinessCalendar(ctx, { id }).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    });
  });
  if (loaded.denied) return <AccessDenied />;
  const calendar = loaded.data;
  const slug = ctx.org.slug;
  return (
    <div className="mx-auto max-w-4xl">
      <BackToSettings orgSlug={slug} href={`/${slug}/settings/calendars`} />
      <PageHeader title={calendar.name} actions={!calendar.isDefault && <DeleteCalendarButton orgSlug={slug} calendarId={calendar.id} />} />
      <CalendarForm
        orgSlug={slug}
        timeZones={Intl.supportedValuesOf("timeZone")}
        previews={holidayPreviews(calendar.timeZone, now())}
        initial={{
          id: calendar.id,
          version: calendar.version,
          name: calendar.name,
          timeZone: calendar.timeZone,
          hours: calendar.week,
          holidays: calendar.holidays.map((h) => ({ ...h, name: h.name ?? "", until: h.until ?? "" })),
          country: HOLIDAY_COUNTRIES.find((c) => c === calendar.country) ?? "",
          isDefault: calendar.isDefault,
        }}
      />
    </div>
  );
}
