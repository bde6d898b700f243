import { Plus } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { CustomerList } from "@/components/customers/list/customer-list";
import { listSearch } from "@/components/customers/list/list-params";
import { ExportMenu } from "@/components/exports/export-menu";
import { AccessDenied } from "@/components/shell/access-denied";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { COUNT_CAP, countCustomers } from "@/lib/customers/count-customers";
import { hasCustomerFilters, listCustomers, parseCustomerQuery } from "@/lib/customers/list-customers";
import { CUSTOMER_TYPES, LIFECYCLE_STATUSES } from "@/lib/customers/schemas";
import { listMemberOptions } from "@/lib/members/list-member-options";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { listPicklist } from "@/lib/picklists/list-picklist";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("customerList"))("title") };
}

/** A repeated parameter (`?q=a&q=b`) counts once, as its first value. */
function firstValues(params: SearchParams) {
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined ? [] : [[key, first]];
    }),
  );
}

export default async function CustomersPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await getOrgContext((await params).org);
  const query = parseCustomerQuery(firstValues(await searchParams));
  const locale = await getLocale();
  const loaded = await loadOrDeny(() =>
    Promise.all([
      listCustomers(ctx, query),
      countCustomers(ctx, query),
      listPicklist(ctx, "region", locale),
      listMemberOptions(ctx),
      listPicklist(ctx, "tag", locale),
    ]),
  );
  if (loaded.denied) return <AccessDenied />;
  const [list, total, regions, reps, tags] = loaded.data;
  const t = await getTranslations("customerList");
  const base = `/${ctx.org.slug}/customers`;
  const canCreate = can(ctx.actor, "customers.create");
  const rows = list.rows.map((row) => ({
    ...row,
    phone: row.phone ? (parsePhoneNumberFromString(row.phone)?.formatInternational() ?? row.phone) : null,
  }));
  const count =
    typeof total === "number" ? t("count", { count: total }) : t("countCapped", { count: COUNT_CAP });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={count}
        actions={
          <div className="flex items-center gap-2">
            {can(ctx.actor, "customers.export") && (
              <ExportMenu href={`${base}/export${listSearch(query)}`} label={t("export")} hint={t("exportHint")} />
            )}
            {canCreate && (
              <Link href={`${base}/new`} className={buttonClass("primary", "sm")}>
                <Plus className="size-4" aria-hidden />
                {t("newCustomer")}
              </Link>
            )}
          </div>
        }
      />
      <CustomerList
        orgSlug={ctx.org.slug}
        query={query}
        rows={rows}
        nextHref={list.nextCursor ? `${base}${listSearch(query, { after: list.nextCursor })}` : null}
        firstHref={query.after ? `${base}${listSearch(query, { after: undefined })}` : null}
        filtered={hasCustomerFilters(query)}
        statuses={LIFECYCLE_STATUSES}
        types={CUSTOMER_TYPES}
        regions={regions.map((r) => ({ id: r.id, label: r.label }))}
        reps={reps.map((r) => ({ id: r.id, label: r.name }))}
        tags={tags.map((r) => ({ id: r.id, label: r.label }))}
        canCreate={canCreate}
      />
    </>
  );
}
