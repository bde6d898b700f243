import { getTranslations } from "next-intl/server";
import { PendingTable } from "@/components/service/pending/pending-table";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { listPendingApprovals } from "@/lib/service/list-pending";

export async function generateMetadata() {
  return { title: (await getTranslations("approval.pending"))("title") };
}

/** SPEC S7: customer-approved records waiting for staff to close them into the support history. */
export default async function PendingServiceFormsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  const rows = await loadOrDeny(() => listPendingApprovals(ctx));
  if (rows.denied) return <AccessDenied />;
  const t = await getTranslations("approval.pending");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <PendingTable orgSlug={ctx.org.slug} rows={rows.data} canClose={can(ctx.actor, "serviceRecords.close")} />
      </Card>
    </>
  );
}
