import "server-only";
import { randomUUID } from "node:crypto";
import { Webhook } from "svix";

/**
 * Svix headers for a body, as the provider would send them: the development mailbox's "Reply"
 * and the tests post through the same verification as real deliveries.
 */
export function signWebhook(secret: string, rawText: string, options: { id?: string; at?: Date } = {}) {
  const id = options.id ?? `msg_${randomUUID()}`;
  // The machine clock, not now() (lib/clock.ts): Svix verifies the timestamp against the machine's
  // clock (±5 min), so a reply signed at a moved test time would be refused.
  const at = options.at ?? new Date();
  return {
    "content-type": "application/json",
    "svix-id": id,
    "svix-timestamp": String(Math.floor(at.getTime() / 1000)),
    "svix-signature": new Webhook(secret).sign(id, at, rawText),
  };
}
