import { Plus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { ContractList } from "@/components/contracts/contract-list";
import { rowLink } from "@/components/lists/row-link-props";
import { AccessDenied } from "@/components/shell/access-denied";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { countContracts } from "@/lib/contracts/count-contracts";
import { listContracts } from "@/lib/contracts/list-contracts";
import { contractListSearch, parseContractQuery } from "@/lib/contracts/list-params";
import { getCustomer } from "@/lib/customers/get-customer";
import type { Locale } from "@/lib/i18n/locales";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { firstValues } from "@/lib/search/first-values";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations("contracts"))("title") };
}

/** SPEC K1: the first page of the contract list; its later views come from contracts/data. */
export default async function ContractsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await getOrgContext((await params).org);
  const query = parseContractQuery(firstValues(await searchParams));
  const locale = (await getLocale()) as Locale;
  const loaded = await loadOrDeny(() =>
    Promise.all([
      listContracts(ctx, query, locale),
      countContracts(ctx, query),
      listPicklist(ctx, "contract_type", locale),
      // The filtered-by customer's name for the filter box; one out of sight simply shows no name.
      query.customer ? getCustomer(ctx, { id: query.customer }).catch(() => null) : null,
    ]),
  );
  if (loaded.denied) return <AccessDenied />;
  const [page, count, types, customer] = loaded.data;
  const t = await getTranslations("contracts");
  const canCreate = can(ctx.actor, "contracts.create");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={typeof count === "number" ? t("count", { count }) : t("countMany")}
        actions={
          canCreate && (
            <a {...rowLink(`/${ctx.org.slug}/contracts/new`)} className={buttonClass("primary", "sm")}>
              <Plus className="size-4" aria-hidden />
              {t("newContract")}
            </a>
          )
        }
      />
      <ContractList
        orgSlug={ctx.org.slug}
        initial={{ search: contractListSearch(query, { after: query.after }), page }}
        types={types.map((type) => ({ id: type.id, label: type.label }))}
        customer={customer ? { id: customer.id, name: customer.name } : null}
        canCreate={canCreate}
      />
    </>
  );
}
