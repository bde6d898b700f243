import { getLocale, getTranslations } from "next-intl/server";
import { ContractForm } from "@/components/contracts/contract-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getCustomer } from "@/lib/customers/get-customer";
import type { Locale } from "@/lib/i18n/locales";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { can } from "@/lib/permissions/can";
import { listCustomerPlans } from "@/lib/plans/list-customer-plans";
import { firstValues } from "@/lib/search/first-values";

export async function generateMetadata() {
  return { title: (await getTranslations("contracts"))("form.newTitle") };
}

/** A new contract; `?customer=<id>` (the customer page's link) prefills the customer. */
export default async function NewContractPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getOrgContext((await params).org);
  const customerId = firstValues(await searchParams).customer;
  const locale = (await getLocale()) as Locale;
  const loaded = await loadOrDeny(async () => {
    requirePermission(ctx, "contracts.create");
    const types = await listPicklist(ctx, "contract_type", locale);
    // An unknown or unseen customer id just leaves the field empty.
    const customer = customerId ? await getCustomer(ctx, { id: customerId }).catch(() => null) : null;
    const plans = customer && can(ctx.actor, "plans.view") ? await listCustomerPlans(ctx, { customerId: customer.id }) : [];
    return { types, customer, plans };
  });
  if (loaded.denied) return <AccessDenied />;
  const { types, customer, plans } = loaded.data;
  const t = await getTranslations("contracts");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("form.newTitle")} />
      <ContractForm
        orgSlug={ctx.org.slug}
        types={types.map((type) => ({ id: type.id, label: type.label }))}
        customer={customer ? { id: customer.id, name: customer.name } : null}
        plans={plans.filter((p) => !p.archivedAt).map((p) => ({ id: p.id, title: p.title }))}
        initial={{
          customerId: customer?.id ?? "",
          typeId: "",
          name: "",
          description: "",
          startsOn: "",
          endsOn: "",
          renewalMonths: "",
          noticeDays: "0",
          notifyBeforeDays: "30",
          notifyAfterDays: "0",
          autoRenew: false,
          servicePlanId: "",
        }}
      />
    </div>
  );
}
