import { getLocale, getTranslations } from "next-intl/server";
import { CreateCustomerForm } from "@/components/customers/form/create-customer-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listCustomerChoices } from "@/lib/customers/list-customer-choices";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { requirePermission } from "@/lib/permissions/require-permission";

export async function generateMetadata() {
  return { title: (await getTranslations("customer"))("newTitle") };
}

export default async function NewCustomerPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  const locale = await getLocale();
  const choices = await loadOrDeny(() => {
    // The page is for creating; the option lists alone would only need customers.view.
    requirePermission(ctx, "customers.create");
    return listCustomerChoices(ctx, locale);
  });
  if (choices.denied) return <AccessDenied />;
  const t = await getTranslations("customer");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <CreateCustomerForm orgSlug={ctx.org.slug} choices={choices.data} />
    </div>
  );
}
