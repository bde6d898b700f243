import "server-only";
import { randomUUID } from "node:crypto";
import { ForbiddenError } from "@/lib/errors";
import { appUrl } from "@/lib/http/app-url";
import { inboundWebhookSecret } from "@/lib/inbound/config";
import { signWebhook } from "@/lib/inbound/sign-webhook";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getMailboxEmail, mailboxIsOpen } from "./list-mailbox";

/** The original quoted below the reply, as mail clients do, so the webhook's quote-stripping is exercised. */
function quoted(original: { text: string; createdAt: string }, sender: string, text: string) {
  const when = new Date(original.createdAt).toUTCString();
  return `${text.trim()}\n\nOn ${when}, ${sender} wrote:\n${original.text.split("\n").map((line) => `> ${line}`).join("\n")}\n`;
}

/**
 * The development mailbox's "Reply": the recipient answers a captured e-mail. The reply goes the
 * way a real one would — a Resend `email.received` payload, Svix-signed, POSTed to the app's own
 * inbound webhook — so the whole path is tried without a mail provider. Only where the mailbox is
 * open (development, demo): elsewhere it would let an admin write as someone else.
 */
export async function simulateMailboxReply(viewer: CurrentUser | null, input: { emailId: string; text: string }) {
  if (!mailboxIsOpen()) throw new ForbiddenError("mailbox.reply");
  const email = await getMailboxEmail(viewer, input.emailId);
  const secret = inboundWebhookSecret();
  if (!email.replyTo || !secret) throw new ForbiddenError("mailbox.reply");
  const from = process.env.EMAIL_FROM ?? "Servio <no-reply@servio.local>";
  const now = new Date().toISOString();
  const body = JSON.stringify({
    type: "email.received",
    created_at: now,
    data: {
      email_id: `mailbox-${randomUUID()}`,
      created_at: now,
      from: email.to,
      to: [email.replyTo],
      cc: [],
      bcc: [],
      received_for: [email.replyTo],
      message_id: `<${randomUUID()}@mailbox.servio.local>`,
      subject: `Re: ${email.subject}`,
      attachments: [],
      text: quoted(email, from, input.text.slice(0, 20_000)),
    },
  });
  const response = await fetch(appUrl("/api/inbound/email"), { method: "POST", headers: signWebhook(secret, body), body });
  return { ok: response.ok, status: response.status };
}
