import "server-only";

/**
 * A fixed secret for the development mailbox's "Reply", so the signed path works without setup.
 * It is public (it is in this file), so it is accepted only where the mailbox is open to the
 * request (mailboxOpenFor: no mail provider and a client on this machine): a server without
 * INBOUND_WEBHOOK_SECRET accepts no inbound mail from the network at all.
 */
const DEVELOPMENT_SECRET = `whsec_${Buffer.from("servio-development-inbound-secret").toString("base64")}`;

export function inboundWebhookSecret(request: { open: boolean }): string | null {
  return process.env.INBOUND_WEBHOOK_SECRET || (request.open ? DEVELOPMENT_SECRET : null);
}

export function inboundDomain() {
  return process.env.INBOUND_DOMAIN || "inbound.servio.local";
}

/** The Reply-To of an assignment e-mail: the assignment's token is the mailbox's credential. */
export function replyAddress(token: string) {
  return `reply+${token}@${inboundDomain()}`;
}

// The token is base64url (lib/auth/tokens.ts); any domain is accepted because the token alone
// identifies the assignment, and providers may deliver under an alias of the inbound domain.
const REPLY_ADDRESS = /reply\+([A-Za-z0-9_-]{20,128})@/;

/** The assignment token in the first reply+<token>@ address among the recipients. */
export function tokenFromRecipients(addresses: readonly string[]) {
  for (const address of addresses) {
    const match = address.match(REPLY_ADDRESS);
    if (match) return match[1]!;
  }
  return null;
}

/** "Ayşe Demir <ayse@example.com>" → "ayse@example.com". */
export function bareAddress(from: string) {
  const angle = from.match(/<([^<>\s]+@[^<>\s]+)>/);
  return (angle?.[1] ?? from).trim().toLowerCase();
}
