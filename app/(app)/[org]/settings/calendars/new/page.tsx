import { getTranslations } from "next-intl/server";
import { CalendarForm } from "@/components/calendars/calendar-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { holidayPreviews } from "@/lib/calendars/holiday-previews";
import { now } from "@/lib/clock";
import { officeWeek } from "@/lib/orgs/seed-org-defaults";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { BackToSettings } from "../back-to-settings";

export async function generateMetadata() {
  return { title: (await getTranslations("calendars"))("newTitle") };
}

/** A new calendar starts as the office week in the org's zone. */
export default async function NewCalendarPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  const loaded = await loadOrDeny(() => requirePermission(ctx, "businessCalendars.manage"));
  if (loaded.denied) return <AccessDenied />;
  const t = await getTranslations("calendars");
  return (
    <div className="mx-auto max-w-4xl">
      <BackToSettings orgSlug={ctx.org.slug} href={`/${ctx.org.slug}/settings/calendars`} />
      <PageHeader title={t("newTitle")} />
      <CalendarForm
        orgSlug={ctx.org.slug}
        timeZones={Intl.supportedValuesOf("timeZone")}
        previews={holidayPreviews(ctx.org.timeZone, now())}
        initial={{ name: "", timeZone: ctx.org.timeZone, hours: officeWeek(), holidays: [], country: "", isDefault: false }}
      />
    </div>
  );
}
