import { Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { rowLink } from "@/components/lists/row-link-props";
import { AccessDenied } from "@/components/shell/access-denied";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { WorkList } from "@/components/work-items/work-list";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getCustomer } from "@/lib/customers/get-customer";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { firstValues } from "@/lib/search/first-values";
import { countWorkItems } from "@/lib/work-items/count-work-items";
import { listWorkAssignees } from "@/lib/work-items/list-work-assignees";
import { listWorkItems } from "@/lib/work-items/list-work-items";
import { parseWorkQuery, workListSearch } from "@/lib/work-items/list-params";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("tasks.list"))("title") };
}

/** SPEC W1: the first page of the task and issue list; its later views come from tasks/data. */
export default async function TasksPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await getOrgContext((await params).org);
  const query = parseWorkQuery(firstValues(await searchParams));
  const loaded = await loadOrDeny(() =>
    Promise.all([
      listWorkItems(ctx, query),
      countWorkItems(ctx, query),
      listWorkAssignees(ctx),
      // The filtered-by customer's name for the filter box; one out of sight simply shows no name.
      query.customer ? getCustomer(ctx, { id: query.customer }).catch(() => null) : null,
    ]),
  );
  if (loaded.denied) return <AccessDenied />;
  const [page, count, members, customer] = loaded.data;
  const t = await getTranslations("tasks.list");
  const canCreate = can(ctx.actor, "tasks.create");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={typeof count === "number" ? t("count", { count }) : t("countMany")}
        actions={
          canCreate && (
            <a {...rowLink(`/${ctx.org.slug}/tasks/new`)} className={buttonClass("primary", "sm")}>
              <Plus className="size-4" aria-hidden />
              {t("new")}
            </a>
          )
        }
      />
      <WorkList
        orgSlug={ctx.org.slug}
        initial={{ search: workListSearch(query, { after: query.after }), page }}
        members={members}
        customer={customer ? { id: customer.id, name: customer.name } : null}
        canCreate={canCreate}
      />
    </>
  );
}
