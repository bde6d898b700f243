import { getTranslations } from "next-intl/server";
import { InvitationsList } from "@/components/members/invitations-list";
import { InviteForm } from "@/components/members/invite-form";
import { MembersTable } from "@/components/members/members-table";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { listMembers } from "@/lib/members/list-members";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { can } from "@/lib/permissions/can";

export async function generateMetadata() {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  const members = await loadOrDeny(() => listMembers(ctx));
  if (members.denied) return <AccessDenied />;
  const t = await getTranslations("members");
  const canInvite = can(ctx.actor, "invitations.create");
  const invitations = can(ctx.actor, "invitations.view") ? await listInvitations(ctx) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        {canInvite && (
          <Card>
            <CardHeader title={t("inviteTitle")} description={t("inviteDescription")} />
            <div className="p-4">
              <InviteForm orgSlug={ctx.org.slug} canInviteAdmins={can(ctx.actor, "members.changeRole")} />
            </div>
          </Card>
        )}
        <Card>
          <CardHeader title={t("countTitle", { count: members.data.length })} />
          <MembersTable orgSlug={ctx.org.slug} members={members.data} canManageRoles={can(ctx.actor, "members.changeRole")} />
        </Card>
        {invitations && (
          <Card>
            <CardHeader title={t("pendingInvitations")} />
            <InvitationsList orgSlug={ctx.org.slug} invitations={invitations} canRevoke={can(ctx.actor, "invitations.revoke")} />
          </Card>
        )}
      </div>
    </>
  );
}
