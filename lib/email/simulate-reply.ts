import "server-only";
import { randomUUID } from "node:crypto";
import { now } from "@/lib/clock";
import { ForbiddenError } from "@/lib/errors";
import { appUrl } from "@/lib/http/app-url";
import { inboundWebhookSecret } from "@/lib/inbound/config";
import { signWebhook } from "@/lib/inbound/sign-webhook";
import { getMailboxEmail } from "./list-mailbox";
import type { MailboxViewer } from "./mailbox-access";

/** The original quoted below the reply, as mail clients do, so the webhook's quote-stripping is exercised. */
function quoted(original: { text: string; createdAt: string }, sender: string, text: string) {
  const when = new Date(original.createdAt).toUTCString();
  return `${text.trim()}\n\nOn ${when}, ${sender} wrote:\n${original.text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n")}\n`;
}

/**
 * The development mailbox's "Reply": the recipient answers a captured e-mail. The reply goes the
 * way a real one would — a Resend `email.received` payload, Svix-signed, POSTed to the app's own
 * inbound webhook — so the whole path is tried without a mail provider. Only where the mailbox is
 * open (development, demo, and only to this machine): elsewhere it would let an admin, or anyone,
 * write as someone else.
 */
export async function simulateMailboxReply(viewer: MailboxViewer, input: { emailId: string; text: string }) {
  if (!viewer.open) throw new ForbiddenError("mailbox.reply");
  const email = await getMailboxEmail(viewer, input.emailId);
  const secret = inboundWebhookSecret({ open: viewer.open });
  if (!email.replyTo || !secret) throw new ForbiddenError("mailbox.reply");
  const from = process.env.EMAIL_FROM ?? "Servio <no-reply@servio.local>";
  const receivedAt = now().toISOString();
  const body = JSON.stringify({
    type: "email.received",
    created_at: receivedAt,
    data: {
      email_id: `mailbox-${randomUUID()}`,
      created_at: receivedAt,
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
  // To the server's own loopback address (serve.mjs sets it): the development secret is accepted
  // from this machine only, and APP_URL may name an address that is not this machine's loopback.
  const url = process.env.SERVIO_SELF_URL ? new URL("/api/inbound/email", process.env.SERVIO_SELF_URL).toString() : appUrl("/api/inbound/email");
  return postToWebhook(url, secret, body);
}

/**
 * The post, tried up to three times when the connection itself fails (a reused socket the other
 * worker was closing, a worker busy past the timeout): a real provider redelivers too, and the
 * webhook applies one provider e-mail id once (handleInboundEmail), so a retry cannot double the
 * reply. A refusal (a status) is final and is shown to the user as it is.
 */
async function postToWebhook(url: string, secret: string, body: string) {
  const id = `msg_${randomUUID()}`;
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    try {
      const response = await fetch(url, { method: "POST", headers: signWebhook(secret, body, { id }), body, signal: AbortSignal.timeout(20_000) });
      if (!response.ok) console.error(`[mailbox reply] the webhook answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
      return { ok: response.ok, status: response.status };
    } catch (error) {
      console.error(`[mailbox reply] attempt ${attempt} failed after ${Math.round(performance.now() - started)} ms:`, error);
      if (attempt === 3) throw error;
    }
  }
}
