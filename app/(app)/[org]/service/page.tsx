import { ClipboardCheck, Headset, Plus } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { serviceListSearch } from "@/components/service/list/list-params";
import { ServiceList } from "@/components/service/list/service-list";
import { AccessDenied } from "@/components/shell/access-denied";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listMemberOptions } from "@/lib/members/list-member-options";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { getServiceCustomer } from "@/lib/service/get-service-customer";
import { COUNT_CAP, hasServiceFilters, listServiceRecords, parseServiceQuery } from "@/lib/service/list-service-records";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("service.list"))("title") };
}

/** A repeated parameter (`?status=a&status=b`) counts once, as its first value. */
function firstValues(params: SearchParams) {
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined ? [] : [[key, first]];
    }),
  );
}

/** SPEC S1: every service record of the org, newest first, filtered from the URL. */
export default async function ServicePage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await getOrgContext((await params).org);
  const query = parseServiceQuery(firstValues(await searchParams));
  const locale = await getLocale();
  const loaded = await loadOrDeny(() =>
    Promise.all([
      listServiceRecords(ctx, query, locale),
      listPicklist(ctx, "service_type", locale),
      listMemberOptions(ctx),
      // A customer id from another org or a deleted customer just leaves the picker empty.
      query.customer ? getServiceCustomer(ctx, { id: query.customer }, locale).catch(() => null) : null,
    ]),
  );
  if (loaded.denied) return <AccessDenied />;
  const [list, types, members, customer] = loaded.data;
  const t = await getTranslations("service.list");
  const base = `/${ctx.org.slug}/service`;
  const [pending, support] = await Promise.all([getTranslations("approval.pending"), getTranslations("timer.support")]);
  const canCreate = can(ctx.actor, "serviceRecords.create");
  const count = typeof list.total === "number" ? t("count", { count: list.total }) : t("countCapped", { count: COUNT_CAP });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={count}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`${base}/pending`} className={buttonClass("secondary", "sm")}>
              <ClipboardCheck className="size-4" aria-hidden />
              {pending("title")}
            </Link>
            {canCreate && (
              <Link href={`${base}/support`} className={buttonClass("secondary", "sm")}>
                <Headset className="size-4" aria-hidden />
                {support("title")}
              </Link>
            )}
            {canCreate && (
              <Link href={`${base}/new`} className={buttonClass("primary", "sm")}>
                <Plus className="size-4" aria-hidden />
                {t("newRecord")}
              </Link>
            )}
          </div>
        }
      />
      <ServiceList
        orgSlug={ctx.org.slug}
        query={query}
        rows={list.rows}
        nextHref={list.nextCursor ? `${base}${serviceListSearch(query, { after: list.nextCursor })}` : null}
        firstHref={query.after ? `${base}${serviceListSearch(query, { after: undefined })}` : null}
        filtered={hasServiceFilters(query)}
        types={types.map((r) => ({ id: r.id, label: r.label }))}
        members={members.map((m) => ({ id: m.id, label: m.name }))}
        customer={customer ? { id: customer.id, name: customer.name } : null}
        canCreate={canCreate}
      />
    </>
  );
}
