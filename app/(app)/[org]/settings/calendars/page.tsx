import { Plus } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccessDenied } from "@/components/shell/access-denied";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listBusinessCalendars } from "@/lib/calendars/list-business-calendars";
import { WEEKDAYS } from "@/lib/calendars/schemas";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { BackToSettings } from "./back-to-settings";

export async function generateMetadata() {
  return { title: (await getTranslations("calendars"))("title") };
}

/** Settings → Calendars (Manage): the org's business calendars, the default first. */
export default async function CalendarsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  const loaded = await loadOrDeny(() => {
    requirePermission(ctx, "businessCalendars.manage");
    return listBusinessCalendars(ctx);
  });
  if (loaded.denied) return <AccessDenied />;
  const t = await getTranslations("calendars");
  const slug = ctx.org.slug;
  return (
    <div className="mx-auto max-w-4xl">
      <BackToSettings orgSlug={slug} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href={`/${slug}/settings/calendars/new`} className={buttonClass("primary", "sm")}>
            <Plus className="size-4" aria-hidden />
            {t("newCalendar")}
          </Link>
        }
      />
      <Card>
        {loaded.data.length === 0 ? (
          <p className="px-4 py-3 text-sm text-zinc-500">{t("empty")}</p>
        ) : (
          <ul aria-label={t("title")} className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {loaded.data.map((calendar) => (
              <li key={calendar.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
                <Link href={`/${slug}/settings/calendars/${calendar.id}`} className="font-medium hover:underline">
                  {calendar.name}
                </Link>
                {calendar.isDefault && <Badge tone="accent">{t("default")}</Badge>}
                <span className="text-zinc-500">{calendar.timeZone}</span>
                <span className="text-zinc-500">
                  {WEEKDAYS.filter((day) => calendar.week[day].length > 0)
                    .map((day) => t(`week.days.${day}`))
                    .join(", ")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
