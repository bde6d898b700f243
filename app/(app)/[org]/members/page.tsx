import { getLocale, getTranslations } from "next-intl/server";
import { RowLinks } from "@/components/lists/row-link";
import { InvitationsList } from "@/components/members/invitations-list";
import { InviteForm } from "@/components/members/invite-form";
import { MembersTable } from "@/components/members/members-table";
import { StructureTable } from "@/components/members/structure-table";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { listHandOver } from "@/lib/members/list-hand-over";
import type { Locale } from "@/lib/i18n/locales";
import { listMemberStructure } from "@/lib/members/list-member-structure";
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
  const structureText = await getTranslations("structure.members");
  const structure = await listMemberStructure(ctx, (await getLocale()) as Locale);
  const canInvite = can(ctx.actor, "invitations.create");
  const invitations = can(ctx.actor, "invitations.view") ? await listInvitations(ctx) : null;
  const canManageEmployment = can(ctx.actor, "members.setEmploymentStatus");
  // Who left and what they still held (SPEC T8 hand-over), for the people who can pass it on.
  const handOvers = canManageEmployment
    ? Object.fromEntries(
        await listHandOver(
          ctx,
          members.data.filter((m) => m.employmentStatus !== "working").map((m) => m.userId),
        ),
      )
    : {};
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
          {/* Names link to profile pages (rowLink): prefetched on intent only. */}
          <RowLinks>
            <MembersTable
              orgSlug={ctx.org.slug}
              members={members.data}
              canManageRoles={can(ctx.actor, "members.changeRole")}
              canManageEmployment={canManageEmployment}
              handOvers={handOvers}
              canExplainAccess={can(ctx.actor, "access.explain")}
              canOpenProfiles={can(ctx.actor, "members.profiles.view")}
            />
          </RowLinks>
        </Card>
        <Card>
          <CardHeader title={structureText("cardTitle")} description={structureText("cardDescription")} />
          <StructureTable
            orgSlug={ctx.org.slug}
            people={members.data.map(({ userId, name, employmentStatus }) => ({ userId, name, working: employmentStatus === "working" }))}
            profiles={structure.profiles}
            departments={structure.departments}
            partners={structure.partners}
            canEdit={can(ctx.actor, "permissions.update")}
          />
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
