import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { Card, PageHeader } from "@/components/ui/card";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { getOrgContext } from "@/lib/orgs/get-org-context";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications.page"))("title") };
}

/** The bell's list: the member's own notifications, newest first (issue 11 item 2). */
export default async function NotificationsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  const first = await listNotifications(ctx, {});
  const t = await getTranslations("notifications.page");
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="overflow-hidden">
        <NotificationList orgSlug={ctx.org.slug} initial={first} />
      </Card>
    </div>
  );
}
