import { getTranslations } from "next-intl/server";
import { loadCustomerRecord } from "@/components/customers/detail/load-customer-record";
import { CustomerTechnicians } from "@/components/customers/detail/customer-technicians";
import { EditCustomerForm } from "@/components/customers/form/edit-customer-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listCustomerTechnicians } from "@/lib/customers/list-customer-technicians";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { requirePermission } from "@/lib/permissions/require-permission";

type Params = { params: Promise<{ org: string; id: string }> };

async function load(org: string, id: string) {
  const ctx = await getOrgContext(org);
  return loadOrDeny(async () => {
    requirePermission(ctx, "customers.update");
    return loadCustomerRecord(org, id);
  });
}

export async function generateMetadata({ params }: Params) {
  const { org, id } = await params;
  const record = await load(org, id);
  return {
    title: record.denied
      ? (await getTranslations("errors"))("deniedTitle")
      : (await getTranslations("customer"))("editTitle", { name: record.data.customer.name }),
  };
}

export default async function EditCustomerPage({ params }: Params) {
  const { org, id } = await params;
  const record = await load(org, id);
  if (record.denied) return <AccessDenied />;
  const { ctx, customer, parent, choices } = record.data;
  const t = await getTranslations("customer");
  const technicians = await listCustomerTechnicians(ctx, { customerId: customer.id });
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("editTitle", { name: customer.name })} description={t("editDescription")} />
      <EditCustomerForm orgSlug={ctx.org.slug} customer={customer} parent={parent} choices={choices} />
      {/* Saved on its own (set-customer-technicians): it does not take part in the form's version check. */}
      <div className="mt-6">
        <CustomerTechnicians
          orgSlug={ctx.org.slug}
          customerId={customer.id}
          chosen={technicians.chosen}
          technicians={technicians.technicians}
          left={technicians.left}
          names={Object.fromEntries(choices.members.map((m) => [m.id, m.name]))}
          canUpdate
        />
      </div>
    </div>
  );
}
