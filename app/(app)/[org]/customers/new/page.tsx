import { getLocale, getTranslations } from "next-intl/server";
import { CreateCustomerForm } from "@/components/customers/form/create-customer-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listMemberOptions } from "@/lib/members/list-member-options";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { listPicklist } from "@/lib/picklists/list-picklist";

export async function generateMetadata() {
  return { title: (await getTranslations("customer"))("newTitle") };
}

export default async function NewCustomerPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  const locale = await getLocale();
  const options = await loadOrDeny(() => {
    // The page is for creating; the option lists alone would only need customers.view.
    requirePermission(ctx, "customers.create");
    return Promise.all([listMemberOptions(ctx), listPicklist(ctx, "region", locale)]);
  });
  if (options.denied) return <AccessDenied />;
  const [members, regions] = options.data;
  const t = await getTranslations("customer");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <CreateCustomerForm orgSlug={ctx.org.slug} members={members} regions={regions} />
    </div>
  );
}
