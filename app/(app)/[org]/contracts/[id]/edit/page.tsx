import { getLocale, getTranslations } from "next-intl/server";
import { ContractForm } from "@/components/contracts/contract-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { listPicklist } from "@/lib/picklists/list-picklist";
import { can } from "@/lib/permissions/can";
import { listCustomerPlans } from "@/lib/plans/list-customer-plans";
import { loadContract } from "../load-contract";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("contracts"))("form.editTitle") };
}

export default async function EditContractPage({ params }: Params) {
  const { org, id } = await params;
  const locale = (await getLocale()) as Locale;
  const loaded = await loadOrDeny(async () => {
    const { ctx, contract } = await loadContract(org, id);
    requirePermission(ctx, "contracts.update");
    const plans = can(ctx.actor, "plans.view") ? await listCustomerPlans(ctx, { customerId: contract.customerId }) : [];
    return { ctx, contract, types: await listPicklist(ctx, "contract_type", locale), plans };
  });
  if (loaded.denied) return <AccessDenied />;
  const { ctx, contract, types, plans } = loaded.data;
  const t = await getTranslations("contracts");
  const text = (v: string | number | null) => (v === null ? "" : String(v));
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("form.editTitle")} />
      <ContractForm
        orgSlug={ctx.org.slug}
        types={types.map((type) => ({ id: type.id, label: type.label }))}
        customer={{ id: contract.customerId, name: contract.customerName }}
        plans={plans.map((p) => ({ id: p.id, title: p.title }))}
        initial={{
          id: contract.id,
          version: contract.version,
          customerId: contract.customerId,
          typeId: contract.typeId,
          name: contract.name,
          description: text(contract.description),
          startsOn: text(contract.startsOn),
          endsOn: text(contract.endsOn),
          renewalMonths: text(contract.renewalMonths),
          noticeDays: text(contract.noticeDays),
          notifyBeforeDays: text(contract.notifyBeforeDays),
          notifyAfterDays: text(contract.notifyAfterDays),
          autoRenew: contract.autoRenew,
          servicePlanId: contract.servicePlanId ?? "",
        }}
      />
    </div>
  );
}
