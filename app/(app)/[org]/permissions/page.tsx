import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/members/invite-form";
import { PermissionsTable } from "@/components/permissions/permissions-table";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listMembers } from "@/lib/members/list-members";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";
import { LEVELS } from "@/lib/permissions/levels";

export async function generateMetadata() {
  return { title: (await getTranslations("permissions"))("title") };
}

export default async function PermissionsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  const members = await loadOrDeny(() => listMembers(ctx, { action: "permissions.view" }));
  if (members.denied) return <AccessDenied />;
  const t = await getTranslations("permissions");
  const levels = await getTranslations("levels");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("addTitle")} description={t("addDescription")} />
          <div className="p-4">
            <InviteForm orgSlug={ctx.org.slug} canInviteAdmins={can(ctx.actor, "members.changeRole")} />
          </div>
        </Card>
        <Card>
          <PermissionsTable orgSlug={ctx.org.slug} members={members.data} />
        </Card>
        <Card className="p-4">
          <h2 className="text-sm font-semibold">{t("levelsTitle")}</h2>
          <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
            {LEVELS.map((level) => (
              <div key={level} className="contents">
                <dt className="font-medium">{levels(level)}</dt>
                <dd className="text-zinc-600 dark:text-zinc-400">{t(`explain.${level}`)}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </>
  );
}
