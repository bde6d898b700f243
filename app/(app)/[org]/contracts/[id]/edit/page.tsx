import { getLocale, getTranslations } from "next-intl/server";
import { ContractForm } from "@/components/contracts/contract-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { listPicklist } from "@/lib/picklists/list-picklist";
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
    return { ctx, contract, types: await listPicklist(ctx, "contract_type", locale) };
  });
  if (loaded.denied) return <AccessDenied />;
  const { ctx, contract, types } = loaded.data;
  const t = await getTranslations("contracts");
  const text = (v: string | number | null) => (v === null ? "" : String(v));
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("form.editTitle")} />
      <ContractForm
        orgSlug={ctx.org.slug}
        types={types.map((type) => ({ id: type.id, label: type.label }))}
        customer={{ id: contract.customerId, name: contract.customerName }}
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
        }}
      />
    </div>
  );
}
