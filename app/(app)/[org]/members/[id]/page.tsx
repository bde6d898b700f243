import { getTranslations } from "next-intl/server";
import { CheckCustomerAccess } from "@/components/access/check-customer-access";
import { rowLink } from "@/components/lists/row-link-props";
import { HandOverList } from "@/components/members/hand-over-list";
import { MemberStructureDialog } from "@/components/members/member-structure-dialog";
import { loadMemberProfile } from "@/components/members/profile/load-member-profile";
import { MemberDetails } from "@/components/members/profile/member-details";
import { MemberDocuments } from "@/components/members/profile/member-documents";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { listHandOver } from "@/lib/members/list-hand-over";
import { listMemberStructure } from "@/lib/members/list-member-structure";
import { listMembers } from "@/lib/members/list-members";
import { can } from "@/lib/permissions/can";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  const { org, id } = await params;
  return { title: (await loadMemberProfile(org, id)).profile.name };
}

/**
 * SPEC T6/T8/T9: one member's profile, documents and (after they left) what to hand over. Manage
 * users open anyone's and change it; a member opens their own, read-only. Who may open it is
 * decided by the verbs; anyone else lands on the not-found page.
 */
export default async function MemberProfilePage({ params }: Params) {
  const { org, id } = await params;
  const { ctx, locale, profile, documents } = await loadMemberProfile(org, id);
  const t = await getTranslations("memberProfile");
  const slug = ctx.org.slug;
  const member = { userId: profile.userId, name: profile.name };
  const canEdit = can(ctx.actor, "permissions.update");
  const left = profile.employmentStatus !== "working";
  const [structure, people, handOver] = await Promise.all([
    canEdit ? listMemberStructure(ctx, locale) : null,
    canEdit ? listMembers(ctx) : null,
    left && can(ctx.actor, "members.setEmploymentStatus") ? listHandOver(ctx, [profile.userId]).then((m) => m.get(profile.userId)) : undefined,
  ]);
  return (
    <>
      <PageHeader
        title={profile.name}
        description={profile.isSelf && !canEdit ? t("ownHint") : profile.email}
        actions={
          can(ctx.actor, "members.view") && (
            <a {...rowLink(`/${encodeURIComponent(slug)}/members`)} className={buttonClass("secondary", "sm")}>
              {t("back")}
            </a>
          )
        }
      />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <MemberDetails
            profile={profile}
            actions={
              structure &&
              people && (
                <MemberStructureDialog
                  orgSlug={slug}
                  member={member}
                  // Someone who left (T8) is nobody's manager any more (the verb refuses them too).
                  people={people.filter((p) => p.employmentStatus === "working").map((p) => ({ userId: p.userId, name: p.name }))}
                  profiles={structure.profiles}
                  departments={structure.departments}
                  partners={structure.partners}
                  contact={{ phone: profile.phone, notes: profile.notes, phoneCountry: ctx.org.phoneCountry }}
                />
              )
            }
          />
          {handOver && (
            <Card>
              <div className="p-4">
                <HandOverList orgSlug={slug} handOver={handOver} />
              </div>
            </Card>
          )}
        </div>
        <div className="space-y-6">
          <MemberDocuments orgSlug={slug} member={member} documents={documents} canManage={can(ctx.actor, "members.documents.manage")} />
          {can(ctx.actor, "access.explain") && (
            <Card>
              <CardHeader title={t("access.title")} description={t("access.description", { name: profile.name })} />
              <div className="px-4 pb-2">
                <CheckCustomerAccess orgSlug={slug} member={member} />
              </div>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
