import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccessDenied } from "@/components/shell/access-denied";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listMailbox } from "@/lib/email/list-mailbox";
import { currentMailboxViewer } from "@/lib/email/current-mailbox-viewer";

export default async function MailboxPage() {
  const emails = await loadOrDeny(async () => listMailbox(await currentMailboxViewer()));
  if (emails.denied) return <AccessDenied />;
  const [t, format] = await Promise.all([getTranslations("mailbox"), getFormatter()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        {emails.data.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {emails.data.map((email) => (
              <li key={email.id}>
                <Link
                  href={`/mailbox/${email.id}`}
                  className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-800/50"
                >
                  <span className="min-w-0 flex-1">
                    <span className="block truncate text-sm font-medium">{email.subject}</span>
                    <span className="block truncate text-xs text-zinc-500">{t("to", { to: email.to })}</span>
                  </span>
                  <Badge tone={email.status === "sent" ? "neutral" : email.status === "failed" ? "danger" : "warning"}>
                    {t(`status.${email.status}`)}
                  </Badge>
                  <time className="text-xs text-zinc-500" dateTime={email.createdAt}>
                    {format.dateTime(new Date(email.createdAt), { dateStyle: "short", timeStyle: "short" })}
                  </time>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
