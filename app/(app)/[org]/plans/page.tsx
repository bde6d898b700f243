import { Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PlanList } from "@/components/plans/plan-list";
import { rowLink } from "@/components/lists/row-link-props";
import { AccessDenied } from "@/components/shell/access-denied";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { listPlans } from "@/lib/plans/list-plans";
import { parsePlanQuery, planListSearch } from "@/lib/plans/list-params";
import { firstValues } from "@/lib/search/first-values";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("plans"))("title") };
}

/** SPEC K2: the first page of the plan list; its later views come from plans/data. */
export default async function PlansPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await getOrgContext((await params).org);
  const query = parsePlanQuery(firstValues(await searchParams));
  const loaded = await loadOrDeny(() => listPlans(ctx, query));
  if (loaded.denied) return <AccessDenied />;
  const t = await getTranslations("plans");
  const canCreate = can(ctx.actor, "plans.create");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canCreate && (
            <a {...rowLink(`/${ctx.org.slug}/plans/new`)} className={buttonClass("primary", "sm")}>
              <Plus className="size-4" aria-hidden />
              {t("newPlan")}
            </a>
          )
        }
      />
      <PlanList orgSlug={ctx.org.slug} initial={{ search: planListSearch(query, { after: query.after }), page: loaded.data }} canCreate={canCreate} />
    </>
  );
}
