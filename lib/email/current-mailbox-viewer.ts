import "server-only";
import { headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { type MailboxViewer, mailboxOpenFor } from "./mailbox-access";

/** The mailbox's viewer for this request: pages and actions of app/mailbox/ start here. */
export async function currentMailboxViewer(): Promise<MailboxViewer> {
  const [user, requestHeaders] = await Promise.all([getCurrentUser(), headers()]);
  return { user, open: mailboxOpenFor(requestHeaders) };
}
