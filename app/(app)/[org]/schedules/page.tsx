import { Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { rowLink } from "@/components/lists/row-link-props";
import { ScheduleList } from "@/components/schedules/schedule-list";
import { AccessDenied } from "@/components/shell/access-denied";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { countSchedules } from "@/lib/schedules/count-schedules";
import { listSchedules } from "@/lib/schedules/list-schedules";
import { parseScheduleQuery, scheduleListSearch } from "@/lib/schedules/list-params";
import { firstValues } from "@/lib/search/first-values";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("schedules"))("title") };
}

/** SPEC K3: the first page of the schedule list; its later views come from schedules/data. */
export default async function SchedulesPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await getOrgContext((await params).org);
  const query = parseScheduleQuery(firstValues(await searchParams));
  const loaded = await loadOrDeny(() => Promise.all([listSchedules(ctx, query), countSchedules(ctx, query)]));
  if (loaded.denied) return <AccessDenied />;
  const [page, count] = loaded.data;
  const t = await getTranslations("schedules");
  const canCreate = can(ctx.actor, "schedules.create");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={typeof count === "number" ? t("count", { count }) : t("countMany")}
        actions={
          canCreate && (
            <a {...rowLink(`/${ctx.org.slug}/schedules/new`)} className={buttonClass("primary", "sm")}>
              <Plus className="size-4" aria-hidden />
              {t("newSchedule")}
            </a>
          )
        }
      />
      <ScheduleList orgSlug={ctx.org.slug} initial={{ search: scheduleListSearch(query, { after: query.after }), page }} canCreate={canCreate} />
    </>
  );
}
