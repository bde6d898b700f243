import { getTranslations } from "next-intl/server";
import { ReminderForm } from "@/components/reminders/reminder-form";
import { ReminderList } from "@/components/reminders/reminder-list";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { getOrgContext } from "@/lib/orgs/get-org-context";
import { listMyReminders } from "@/lib/reminders/list-my-reminders";
import { listReminderRecipients } from "@/lib/reminders/list-reminder-recipients";

export async function generateMetadata() {
  return { title: (await getTranslations("reminders.list"))("title") };
}

/** SPEC W6: the actor's reminders (to them or by them), upcoming and past, with the form for a new one. */
export default async function RemindersPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await getOrgContext((await params).org);
  const loaded = await loadOrDeny(async () => {
    const [mine, members] = await Promise.all([listMyReminders(ctx), listReminderRecipients(ctx)]);
    return { mine, members };
  });
  if (loaded.denied) return <AccessDenied />;
  const { mine, members } = loaded.data;
  const t = await getTranslations("reminders");
  const slug = ctx.org.slug;
  return (
    <div className="space-y-6">
      <PageHeader title={t("list.title")} description={t("list.description")} />
      <Card>
        <CardHeader title={t("form.newTitle")} />
        <div className="p-4">
          <ReminderForm
            orgSlug={slug}
            members={members}
            me={ctx.actor.userId}
            customer={null}
            initial={{ body: "", dueAt: "", recipientIds: [ctx.actor.userId], customerId: "" }}
          />
        </div>
      </Card>
      <Card>
        <CardHeader title={t("list.upcoming")} />
        <ReminderList orgSlug={slug} rows={mine.upcoming} empty={t("list.noUpcoming")} />
      </Card>
      <Card>
        <CardHeader title={t("list.past")} />
        <ReminderList orgSlug={slug} rows={mine.past} empty={t("list.noPast")} />
      </Card>
    </div>
  );
}
