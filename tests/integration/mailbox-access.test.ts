import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { listMailbox, getMailboxEmail } from "@/lib/email/list-mailbox";
import { mailboxOpenFor, type MailboxViewer } from "@/lib/email/mailbox-access";
import { simulateMailboxReply } from "@/lib/email/simulate-reply";
import { ForbiddenError } from "@/lib/errors";
import { clientAddress, UNVERIFIED_CLIENT } from "@/lib/http/client-address";
import { CLIENT_ADDRESS_HEADER, markClientAddressResolvedHere } from "@/lib/http/resolve-client-address.mjs";
import { signWebhook } from "@/lib/inbound/sign-webhook";
import { verifyInboundWebhook } from "@/lib/inbound/verify-webhook";
import { createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// The development mailbox (no mail provider: NODE_ENV=test here, MAILBOX_OPEN=1 in the demo) holds
// password-reset links and its Reply writes as the recipient. It is open to clients on the
// server's machine only; everyone else gets the admin view. The address comes from the header
// scripts/serve.mjs writes from the socket (tests/unit/resolve-client-address.test.ts has the rule).

const DEVELOPMENT_SECRET = `whsec_${Buffer.from("servio-development-inbound-secret").toString("base64")}`;
const RESOLVED = Symbol.for("servio.client-address-resolved");

const from = (address: string, extra: Record<string, string> = {}) => new Headers({ [CLIENT_ADDRESS_HEADER]: address, ...extra });
const viewerAt = (headers: Headers, user: MailboxViewer["user"] = null): MailboxViewer => ({ user, open: mailboxOpenFor(headers) });

function inboundPayload() {
  const now = new Date().toISOString();
  return JSON.stringify({
    type: "email.received",
    created_at: now,
    data: {
      email_id: randomUUID(),
      created_at: now,
      from: "someone@example.test",
      to: ["reply+nobody-knows-this-token-000@inbound.servio.local"],
      text: "Accept",
    },
  });
}

let a: Awaited<ReturnType<typeof createOrg>>;
let b: Awaited<ReturnType<typeof createOrg>>;
let emailA: string;
let emailB: string;
const savedSecret = process.env.INBOUND_WEBHOOK_SECRET;

beforeAll(async () => {
  delete process.env.INBOUND_WEBHOOK_SECRET;
  [a, b] = await Promise.all([createOrg("Mailbox A"), createOrg("Mailbox B")]);
  const rows = await db
    .insert(emailOutbox)
    .values([
      {
        orgId: a.orgId,
        kind: "assignment",
        to: a.email,
        replyTo: "reply+token-of-a-0000000000@inbound.servio.local",
        subject: "Service #1 assigned to you",
        html: "<p>A</p>",
        text: "A",
        locale: "en",
      },
      {
        orgId: b.orgId,
        kind: "password_reset",
        to: b.email,
        subject: "Reset your Servio password",
        html: '<a href="http://localhost:3000/reset-password/secret">Reset</a>',
        text: "B",
        locale: "en",
      },
    ])
    .returning({ id: emailOutbox.id });
  [emailA, emailB] = rows.map((row) => row.id) as [string, string];
});

beforeEach(() => {
  // As under scripts/serve.mjs, which marks the process before Next starts.
  markClientAddressResolvedHere();
});

afterAll(async () => {
  if (savedSecret === undefined) delete process.env.INBOUND_WEBHOOK_SECRET;
  else process.env.INBOUND_WEBHOOK_SECRET = savedSecret;
  await closeConnections();
});

describe("a client on the server's machine", () => {
  for (const address of ["127.0.0.1", "::1"]) {
    it(`(${address}) reads every e-mail, may Reply, and the development inbound secret is accepted`, async () => {
      const viewer = viewerAt(from(address));
      expect(viewer.open).toBe(true);
      const ids = (await listMailbox(viewer, 1000)).map((email) => email.id);
      expect(ids).toEqual(expect.arrayContaining([emailA, emailB]));
      expect((await getMailboxEmail(viewer, emailB)).links[0]!.href).toContain("/reset-password/");
      const body = inboundPayload();
      const verified = verifyInboundWebhook(body, new Headers({ ...signWebhook(DEVELOPMENT_SECRET, body), [CLIENT_ADDRESS_HEADER]: address }));
      expect(verified.ok).toBe(true);
    });
  }
});

describe("an anonymous client on the network", () => {
  const network = from("203.0.113.7");

  it("is refused the mailbox and each e-mail in it", async () => {
    expect(mailboxOpenFor(network)).toBe(false);
    await caught(listMailbox(viewerAt(network)), ForbiddenError);
    await caught(getMailboxEmail(viewerAt(network), emailB), ForbiddenError);
  });

  it("is refused the mailbox's Reply", async () => {
    await caught(simulateMailboxReply(viewerAt(network), { emailId: emailA, text: "Accept" }), ForbiddenError);
  });

  it("cannot sign inbound mail with the development secret", () => {
    const body = inboundPayload();
    const verified = verifyInboundWebhook(body, new Headers({ ...signWebhook(DEVELOPMENT_SECRET, body), [CLIENT_ADDRESS_HEADER]: "203.0.113.7" }));
    expect(verified).toMatchObject({ ok: false, status: 503 });
  });

  it("gets nothing from headers claiming to be this machine (serve.mjs overwrites them; here the resolved one is the network's)", async () => {
    const spoofed = from("203.0.113.7", { "x-forwarded-for": "127.0.0.1", "x-real-ip": "127.0.0.1" });
    expect(clientAddress(spoofed)).toBe("203.0.113.7");
    await caught(listMailbox(viewerAt(spoofed)), ForbiddenError);
  });
});

describe("an admin on the network", () => {
  it("sees the e-mails of their own orgs only, and may not Reply as the recipient", async () => {
    const viewer = viewerAt(from("198.51.100.20"), { id: a.userId, email: a.email, name: "Admin", locale: "en", orgsVersion: 0 });
    const ids = (await listMailbox(viewer, 1000)).map((email) => email.id);
    expect(ids).toContain(emailA);
    expect(ids).not.toContain(emailB);
    await caught(simulateMailboxReply(viewer, { emailId: emailA, text: "Accept" }), ForbiddenError);
  });
});

describe("without scripts/serve.mjs in front (a bare `next start`)", () => {
  it("believes no address header: one named bucket, never this machine", async () => {
    delete (globalThis as Record<symbol, unknown>)[RESOLVED];
    const claimsLoopback = from("127.0.0.1", { "x-forwarded-for": "127.0.0.1" });
    expect(clientAddress(claimsLoopback)).toBe(UNVERIFIED_CLIENT);
    expect(clientAddress(from("203.0.113.9"))).toBe(UNVERIFIED_CLIENT);
    expect(mailboxOpenFor(claimsLoopback)).toBe(false);
    await caught(listMailbox(viewerAt(claimsLoopback)), ForbiddenError);
  });
});
