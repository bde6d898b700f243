import { Plus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { CustomerList } from "@/components/customers/list/customer-list";
import { CustomerCount, CustomerExportMenu } from "@/components/customers/list/customer-list-header";
import { rowLink } from "@/components/lists/row-link-props";
import { AccessDenied } from "@/components/shell/access-denied";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { countCustomers } from "@/lib/customers/count-customers";
import { listCustomers } from "@/lib/customers/list-customers";
import { customerListSearch, customerRowsSearch, DEFAULT_COLUMNS, parseCustomerQuery } from "@/lib/customers/list-params";
import { CUSTOMER_TYPES, LIFECYCLE_STATUSES } from "@/lib/customers/schemas";
import { listMemberOptions } from "@/lib/members/list-member-options";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { firstValues } from "@/lib/search/first-values";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("customerList"))("title") };
}

/**
 * The first load of the customer list, rendered here; the list's later views (search, paging,
 * sort, filters) are fetched by the list itself from customers/data and customers/data/count.
 */
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
  const [page, count, regions, reps, tags] = loaded.data;
  const t = await getTranslations("customerList");
  const canCreate = can(ctx.actor, "customers.create");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={
          <CustomerCount orgSlug={ctx.org.slug} initial={{ key: customerListSearch({ ...query, cols: [...DEFAULT_COLUMNS] }), value: { count } }} />
        }
        actions={
          <div className="flex items-center gap-2">
            {can(ctx.actor, "customers.export") && <CustomerExportMenu orgSlug={ctx.org.slug} />}
            {canCreate && (
              <a {...rowLink(`/${ctx.org.slug}/customers/new`)} className={buttonClass("primary", "sm")}>
                <Plus className="size-4" aria-hidden />
                {t("newCustomer")}
              </a>
            )}
          </div>
        }
      />
      <CustomerList
        orgSlug={ctx.org.slug}
        initial={{ search: customerRowsSearch(query), page }}
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
