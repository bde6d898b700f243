import { getTranslations } from "next-intl/server";
import { EditServiceForm } from "@/components/service/form/edit-service-form";
import { loadServiceChoices } from "@/components/service/form/load-service-choices";
import { loadServiceRecord } from "@/components/service/record/load-service-record";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceCustomer } from "@/lib/service/get-service-customer";

type Params = { params: Promise<{ org: string; id: string }> };

async function load(org: string, id: string) {
  const ctx = await getOrgContext(org);
  return loadOrDeny(async () => {
    requirePermission(ctx, "serviceRecords.update");
    const { record, locale } = await loadServiceRecord(org, id);
    const [choices, customer] = await Promise.all([
      loadServiceChoices(ctx, locale),
      record.customerId ? getServiceCustomer(ctx, { id: record.customerId }, locale).catch(() => null) : null,
    ]);
    // A product archived since keeps its place in this record's picker.
    if (record.product && !choices.products.some((p) => p.id === record.product?.id)) choices.products.push(record.product);
    return { ctx, record, choices, customer };
  });
}

export async function generateMetadata({ params }: Params) {
  const { org, id } = await params;
  const loaded = await load(org, id);
  return {
    title: loaded.denied
      ? (await getTranslations("errors"))("deniedTitle")
      : (await getTranslations("service.form"))("editTitle", { number: loaded.data.record.number }),
  };
}

export default async function EditServiceRecordPage({ params }: Params) {
  const { org, id } = await params;
  const loaded = await load(org, id);
  if (loaded.denied) return <AccessDenied />;
  const { ctx, record, choices, customer } = loaded.data;
  const t = await getTranslations("service.form");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("editTitle", { number: record.number })} description={t("editDescription")} />
      <EditServiceForm orgSlug={ctx.org.slug} record={record} customer={customer} choices={choices} />
    </div>
  );
}
