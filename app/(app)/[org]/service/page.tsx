import { ClipboardCheck, Headset, Plus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { ServiceCount } from "@/components/service/list/service-count";
import { ServiceList } from "@/components/service/list/service-list";
import { rowLink } from "@/components/lists/row-link-props";
import { AccessDenied } from "@/components/shell/access-denied";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listMemberOptions } from "@/lib/members/list-member-options";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { getServiceCustomer } from "@/lib/service/get-service-customer";
import { countServiceRecords } from "@/lib/service/count-service-records";
import { listServiceRecords } from "@/lib/service/list-service-records";
import { parseServiceQuery, serviceListSearch, serviceRowsSearch } from "@/lib/service/list-params";
import { firstValues } from "@/lib/search/first-values";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("service.list"))("title") };
}

/**
 * SPEC S1: every service record of the org, newest first, filtered from the URL. The first load
 * is rendered here; later views come from service/data and service/data/count.
 */
export default async function ServicePage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await getOrgContext((await params).org);
  const query = parseServiceQuery(firstValues(await searchParams));
  const locale = await getLocale();
  const loaded = await loadOrDeny(() =>
    Promise.all([
      listServiceRecords(ctx, query, locale),
      countServiceRecords(ctx, query),
      listPicklist(ctx, "service_type", locale),
      listMemberOptions(ctx),
      // A customer id from another org or a deleted customer just leaves the picker empty.
      query.customer ? getServiceCustomer(ctx, { id: query.customer }, locale).catch(() => null) : null,
    ]),
  );
  if (loaded.denied) return <AccessDenied />;
  const [page, count, types, members, customer] = loaded.data;
  const t = await getTranslations("service.list");
  const base = `/${ctx.org.slug}/service`;
  const [pending, support] = await Promise.all([getTranslations("approval.pending"), getTranslations("timer.support")]);
  const canCreate = can(ctx.actor, "serviceRecords.create");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={<ServiceCount orgSlug={ctx.org.slug} initial={{ key: serviceListSearch(query), value: { count } }} />}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <a {...rowLink(`${base}/pending`)} className={buttonClass("secondary", "sm")}>
              <ClipboardCheck className="size-4" aria-hidden />
              {pending("title")}
            </a>
            {canCreate && (
              <a {...rowLink(`${base}/support`)} className={buttonClass("secondary", "sm")}>
                <Headset className="size-4" aria-hidden />
                {support("title")}
              </a>
            )}
            {canCreate && (
              <a {...rowLink(`${base}/new`)} className={buttonClass("primary", "sm")}>
                <Plus className="size-4" aria-hidden />
                {t("newRecord")}
              </a>
            )}
          </div>
        }
      />
      <ServiceList
        orgSlug={ctx.org.slug}
        initial={{ search: serviceRowsSearch(query), page }}
        types={types.map((r) => ({ id: r.id, label: r.label }))}
        members={members.map((m) => ({ id: m.id, label: m.name }))}
        customer={customer ? { id: customer.id, name: customer.name } : null}
        canCreate={canCreate}
      />
    </>
  );
}
