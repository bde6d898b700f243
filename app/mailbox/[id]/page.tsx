import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { NotFoundError } from "@/lib/errors";
import { getMailboxEmail } from "@/lib/email/list-mailbox";
import { currentMailboxViewer } from "@/lib/email/current-mailbox-viewer";
import { MailboxReplyForm } from "./reply-form";

export default async function MailboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await currentMailboxViewer();
  const result = await loadOrDeny(async () => {
    try {
      return await getMailboxEmail(viewer, id);
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }
  });
  if (result.denied) return <AccessDenied />;
  const email = result.data;
  const [t, format] = await Promise.all([getTranslations("mailbox"), getFormatter()]);
  // The frame runs no scripts; its links open in a new tab. The same links are listed below it
  // so the flow can continue in this tab.
  const html = email.html.replace(/<head>/i, '<head><base target="_blank">');
  return (
    <>
      <Link href="/mailbox" className="text-sm text-accent-600 hover:underline">
        ← {t("back")}
      </Link>
      <Card className="mt-3">
        <div className="border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
          <h1 className="text-base font-semibold">{email.subject}</h1>
          <p className="text-sm text-zinc-500">
            {t("to", { to: email.to })} · {format.dateTime(new Date(email.createdAt), { dateStyle: "medium", timeStyle: "short" })}
          </p>
        </div>
        <iframe title={email.subject} srcDoc={html} sandbox="allow-popups allow-popups-to-escape-sandbox" className="h-[32rem] w-full bg-white" />
        {email.links.length > 0 && (
          <nav aria-label={t("links")} className="border-t border-zinc-200 px-4 py-3 dark:border-zinc-800">
            <h2 className="text-xs font-medium uppercase tracking-wide text-zinc-500">{t("links")}</h2>
            <ul className="mt-1 space-y-1 text-sm">
              {email.links.map((link) => (
                <li key={link.href}>
                  <a href={link.href} className="break-all text-accent-600 hover:underline">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {email.replyTo && viewer.open && <MailboxReplyForm emailId={email.id} from={email.to} />}
      </Card>
    </>
  );
}
