import "server-only";
import { Webhook, WebhookVerificationError } from "svix";
import { mailboxOpenFor } from "@/lib/email/mailbox-access";
import { inboundWebhookSecret } from "./config";

export type Verified = { ok: true; payload: unknown } | { ok: false; status: 400 | 401 | 503; reason: string };

/**
 * Checks the Svix signature over the exact bytes received (re-serialised JSON would not match)
 * and refuses timestamps more than 5 minutes off, which svix does before comparing signatures.
 * The raw text is parsed here, after verification, rather than trusting what `verify` returns
 * (svix 2 returns nothing, svix 1 its own parse).
 */
export function verifyInboundWebhook(rawText: string, headers: Headers): Verified {
  const secret = inboundWebhookSecret({ open: mailboxOpenFor(headers) });
  if (!secret) return { ok: false, status: 503, reason: "inbound mail is not configured" };
  const svixHeaders = {
    "svix-id": headers.get("svix-id") ?? "",
    "svix-timestamp": headers.get("svix-timestamp") ?? "",
    "svix-signature": headers.get("svix-signature") ?? "",
  };
  if (!svixHeaders["svix-id"] || !svixHeaders["svix-timestamp"] || !svixHeaders["svix-signature"]) {
    return { ok: false, status: 400, reason: "missing signature headers" };
  }
  try {
    new Webhook(secret).verify(rawText, svixHeaders);
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    // A stale or future timestamp is a malformed delivery (400); a wrong signature is not ours (401).
    const stale = /timestamp/i.test(error.message);
    return { ok: false, status: stale ? 400 : 401, reason: error.message };
  }
  try {
    return { ok: true, payload: JSON.parse(rawText) as unknown };
  } catch {
    return { ok: false, status: 400, reason: "body is not JSON" };
  }
}
