import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/auth/auth-card";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { NotificationPreferencesForm } from "@/components/notifications/notification-preferences-form";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { getNotificationPreferences } from "@/lib/notifications/get-notification-preferences";
import { getOrgContext } from "@/lib/orgs/get-org-context";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ password?: string }>;
}) {
  const [ctx, user, { password }] = await Promise.all([params.then((p) => getOrgContext(p.org)), requireUser(), searchParams]);
  const t = await getTranslations("account");
  const [preferences, notificationsT] = await Promise.all([getNotificationPreferences(ctx), getTranslations("notifications.preferences")]);
  return (
    <>
      <PageHeader title={t("title")} description={user.email} />
      {password === "changed" && <Notice>{t("passwordChanged")}</Notice>}
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("profile")} />
          <div className="p-4">
            <ProfileForm name={user.name} locale={user.locale} />
          </div>
        </Card>
        <Card>
          <CardHeader title={t("changePassword")} />
          <div className="p-4">
            <ChangePasswordForm orgSlug={ctx.org.slug} />
          </div>
        </Card>
        <Card>
          <CardHeader title={notificationsT("title")} description={notificationsT("description")} />
          <div className="p-4">
            <NotificationPreferencesForm orgSlug={ctx.org.slug} initial={preferences} />
          </div>
        </Card>
      </div>
    </>
  );
}
