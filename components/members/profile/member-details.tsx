import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { EmploymentBadge } from "@/components/members/employment-badge";
import { Card, CardHeader } from "@/components/ui/card";
import { formatPhone } from "@/lib/fields/format-phone";
import type { MemberProfileView } from "@/lib/members/get-member-profile";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-0.5 px-4 py-2.5 sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-3">
      <dt className="text-sm text-zinc-500">{label}</dt>
      <dd className="min-w-0 text-sm break-words">{children}</dd>
    </div>
  );
}

/** SPEC T6/T8: where the member sits, how to reach them, whether they still work here. */
export async function MemberDetails({ profile, actions }: { profile: MemberProfileView; actions?: ReactNode }) {
  const [t, roles, levels, positions, format] = await Promise.all([
    getTranslations("memberProfile.details"),
    getTranslations("roles"),
    getTranslations("levels"),
    getTranslations("structure.positions"),
    getFormatter(),
  ]);
  const none = <span className="text-zinc-400">{t("none")}</span>;
  return (
    <Card>
      <CardHeader title={t("title")} actions={actions} />
      <dl className="divide-y divide-zinc-100 dark:divide-zinc-800">
        <Item label={t("email")}>
          <a href={`mailto:${profile.email}`} className="text-accent-700 hover:underline dark:text-accent-500">
            {profile.email}
          </a>
        </Item>
        <Item label={t("phone")}>
          {profile.phone ? (
            <a href={`tel:${profile.phone}`} className="text-accent-700 hover:underline dark:text-accent-500">
              {formatPhone(profile.phone)}
            </a>
          ) : (
            none
          )}
        </Item>
        <Item label={t("role")}>{roles(profile.role)}</Item>
        <Item label={t("level")}>{levels(profile.level)}</Item>
        <Item label={t("position")}>{positions(profile.position ?? "none")}</Item>
        <Item label={t("department")}>{profile.department ?? none}</Item>
        <Item label={t("reportsTo")}>{profile.reportsToName ?? none}</Item>
        <Item label={t("technician")}>{profile.technician ? t("yes") : t("no")}</Item>
        <Item label={t("partner")}>{profile.partnerName ?? none}</Item>
        <Item label={t("employment")}>
          <EmploymentBadge status={profile.employmentStatus} />
        </Item>
        {profile.exitDate && (
          <Item label={t("exitDate")}>{format.dateTime(new Date(`${profile.exitDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}</Item>
        )}
        {profile.exitReason && (
          <Item label={t("exitReason")}>
            <span className="whitespace-pre-wrap">{profile.exitReason}</span>
          </Item>
        )}
        <Item label={t("notes")}>{profile.notes ? <span className="whitespace-pre-wrap">{profile.notes}</span> : none}</Item>
      </dl>
    </Card>
  );
}
