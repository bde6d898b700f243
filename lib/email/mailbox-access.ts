import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isLoopbackClient } from "@/lib/http/client-address";

/**
 * The setup without a mail provider (development, the local demo, the browser tests): e-mails are
 * read in the development mailbox instead of being delivered.
 */
export function mailboxOpenConfigured() {
  return process.env.NODE_ENV !== "production" || process.env.MAILBOX_OPEN === "1";
}

/**
 * The open mailbox holds password-reset and invitation links, and its Reply writes as the
 * recipient, so it is open only to clients on this machine, whatever address the server is bound
 * to. Everyone else gets the admin view (an admin session, that admin's orgs only).
 */
export function mailboxOpenFor(requestHeaders: Headers) {
  return mailboxOpenConfigured() && isLoopbackClient(requestHeaders);
}

/** Who is looking at the mailbox: the signed-in user (if any) and whether it is open to them. */
export type MailboxViewer = { user: CurrentUser | null; open: boolean };
