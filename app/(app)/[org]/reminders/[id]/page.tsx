import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DeleteReminder } from "@/components/reminders/delete-reminder";
import { ReminderForm } from "@/components/reminders/reminder-form";
import { toLocalInput } from "@/components/service/form/zoned-time";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, CardHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listReminderRecipients } from "@/lib/reminders/list-reminder-recipients";
import { loadReminder } from "./load-reminder";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(() => loadReminder(org, id));
  return { title: loaded.denied ? (await getTranslations("errors"))("deniedTitle") : (await getTranslations("reminders.list"))("title") };
}

/** SPEC W6: a reminder, its recipients (and who dismissed it); its creator edits or deletes it here. */
export default async function ReminderPage({ params }: Params) {
  const { org, id } = await params;
  const loaded = await loadOrDeny(async () => {
    const { ctx, reminder } = await loadReminder(org, id);
    return { ctx, reminder, members: reminder.may.edit ? await listReminderRecipients(ctx) : [] };
  });
  if (loaded.denied) return <AccessDenied />;
  const { ctx, reminder, members } = loaded.data;
  const t = await getTranslations("reminders");
  const format = await getFormatter();
  const slug = ctx.org.slug;
  const when = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  const rows: [string, ReactNode][] = [
    [t("fields.dueAt"), when(reminder.dueAt)],
    [
      t("fields.customer"),
      reminder.customer ? (
        <Link href={`/${slug}/customers/${reminder.customer.id}`} className="hover:underline">
          {reminder.customer.name}
        </Link>
      ) : (
        t("detail.noCustomer")
      ),
    ],
    [t("detail.createdBy"), reminder.createdByName ?? "—"],
    [
      t("detail.recipients"),
      <ul key="recipients">
        {reminder.recipients.map((r) => (
          <li key={r.id}>
            {r.name}
            {r.dismissedAt && <span className="text-zinc-500"> — {t("detail.dismissedAt", { date: r.dismissedAt })}</span>}
          </li>
        ))}
      </ul>,
    ],
  ];
  return (
    <div className="space-y-6">
      <div>
        <Link
          href={`/${slug}/reminders`}
          className="mb-2 inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200"
        >
          <ChevronLeft className="size-4" aria-hidden />
          {t("detail.back")}
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="min-w-0 text-xl font-semibold tracking-tight break-words whitespace-pre-wrap">{reminder.body}</h1>
          {reminder.may.edit && <DeleteReminder orgSlug={slug} id={reminder.id} />}
        </div>
      </div>
      <Card>
        <CardHeader title={t("detail.details")} />
        <dl className="grid grid-cols-1 gap-x-4 gap-y-3 p-4 text-sm sm:grid-cols-2">
          {rows.map(([label, value]) => (
            <div key={label} className="min-w-0">
              <dt className="text-xs font-medium text-zinc-500">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      {reminder.may.edit ? (
        <Card>
          <CardHeader title={t("form.editTitle")} />
          <div className="p-4">
            <ReminderForm
              orgSlug={slug}
              members={members}
              me={ctx.actor.userId}
              customer={reminder.customer}
              initial={{
                id: reminder.id,
                version: reminder.version,
                body: reminder.body,
                dueAt: toLocalInput(reminder.dueAt.toISOString(), ctx.org.timeZone),
                recipientIds: reminder.recipients.map((r) => r.id),
                customerId: reminder.customerId ?? "",
              }}
            />
          </div>
        </Card>
      ) : (
        <p className="text-sm text-zinc-500">{t("detail.onlyCreator")}</p>
      )}
    </div>
  );
}
