import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailOutbox, type OutboxEmail } from "@/db/schema";
import { deliverEmail } from "@/lib/email/deliver-email";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { renderLinkEmail } from "@/lib/email/render-email";
import type { Transport } from "@/lib/email/transports";
import { appUrl } from "@/lib/http/app-url";
import { getBoss, QUEUES } from "@/lib/jobs/boss";
import { startWorkers } from "@/lib/jobs/start-workers";
import { uniqueEmail } from "./factories";
import { closeConnections } from "./helpers";

/** A realistic password-reset e-mail whose subject carries a marker unique to the test. */
async function resetEmail(marker = randomUUID()) {
  const rendered = await renderLinkEmail({
    kind: "passwordReset",
    locale: "en",
    url: appUrl(`/reset-password/${randomUUID()}`),
    values: { minutes: 60 },
  });
  return { ...rendered, subject: `${rendered.subject} ${marker}`, to: uniqueEmail("outbox") };
}

async function enqueueCommitted(email: Awaited<ReturnType<typeof resetEmail>>) {
  return db.transaction((tx) => enqueueEmail(tx, email));
}

async function outboxRow(id: string) {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row;
}

async function deliveryJobs(emailId: string) {
  return db.execute<{ state: string; retry_count: number }>(
    sql`select state, retry_count from pgboss.job where name = ${QUEUES.email} and data->>'emailId' = ${emailId}`,
  );
}

/** The Subject header of a raw message, unfolded. */
function subjectOf(raw: string) {
  const headers = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  return /^Subject: (.*)$/im.exec(headers)?.[1]?.trim() ?? "";
}

afterAll(closeConnections);

describe("enqueueEmail", () => {
  it("writes nothing when the surrounding transaction rolls back", async () => {
    const email = await resetEmail();
    let emailId: string | undefined;
    await expect(
      db.transaction(async (tx) => {
        emailId = await enqueueEmail(tx, email);
        throw new Error("the change that caused the e-mail failed");
      }),
    ).rejects.toThrow("the change that caused the e-mail failed");

    expect(emailId).toBeDefined();
    expect(await outboxRow(emailId!)).toBeUndefined();
    expect(await deliveryJobs(emailId!)).toHaveLength(0);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.to, email.to))).toHaveLength(0);
  });

  it("writes the outbox row and exactly one delivery job when the transaction commits", async () => {
    const email = await resetEmail();
    const emailId = await enqueueCommitted(email);

    expect(await outboxRow(emailId)).toMatchObject({ to: email.to, subject: email.subject, kind: "passwordReset", status: "queued", attempts: 0 });
    expect(await deliveryJobs(emailId)).toEqual([expect.objectContaining({ state: "created" })]);
  });
});

describe("deliverEmail", () => {
  it("never sends an e-mail that is already sent", async () => {
    const sent: OutboxEmail[] = [];
    const transport: Transport = { name: "smtp", send: async (email) => (sent.push(email), { providerId: `id-${sent.length}` }) };
    const emailId = await enqueueCommitted(await resetEmail());

    expect(await deliverEmail(emailId, transport)).toBe("sent");
    const row = await outboxRow(emailId);
    expect(row).toMatchObject({ status: "sent", attempts: 1, transport: "smtp", providerId: "id-1", lastError: null });
    expect(row!.sentAt).toBeInstanceOf(Date);

    expect(await deliverEmail(emailId, transport)).toBe("skipped");
    expect(sent).toHaveLength(1);
    expect(await outboxRow(emailId)).toEqual(row);
  });

  it("records a transport failure and throws so the job is retried", async () => {
    const transport: Transport = {
      name: "smtp",
      send: async () => {
        throw new Error("421 service not available");
      },
    };
    const emailId = await enqueueCommitted(await resetEmail());
    await expect(deliverEmail(emailId, transport)).rejects.toThrow("421 service not available");
    expect(await outboxRow(emailId)).toMatchObject({ status: "queued", attempts: 1, lastError: "421 service not available" });
  });
});

describe("delivery through the workers", () => {
  const marker = randomUUID();
  const received: { subject: string; to: string[]; accepted: boolean }[] = [];
  let rejectionsLeft = 2;
  const savedEnv = { SMTP_URL: process.env.SMTP_URL, RESEND_API_KEY: process.env.RESEND_API_KEY };

  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const subject = subjectOf(Buffer.concat(chunks).toString("utf8"));
        const to = session.envelope.rcptTo.map((r) => r.address);
        // Only this test's message fails; anything else in the queue is simply accepted.
        if (subject.includes(marker) && rejectionsLeft > 0) {
          rejectionsLeft--;
          received.push({ subject, to, accepted: false });
          callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
          return;
        }
        received.push({ subject, to, accepted: true });
        callback();
      });
    },
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    const { port } = server.server.address() as AddressInfo;
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    delete process.env.RESEND_API_KEY;

    // Other files leave queued e-mails in the shared database; the worker takes about one job a
    // second, so cancel them to keep this test about its own e-mail.
    const boss = await getBoss();
    const leftovers = await db.execute<{ id: string }>(sql`select id from pgboss.job where name = ${QUEUES.email} and state in ('created', 'retry')`);
    if (leftovers.length > 0)
      await boss.cancel(
        QUEUES.email,
        leftovers.map((r) => r.id),
      );
  });

  afterAll(async () => {
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("retries a failing transport and delivers the e-mail once it recovers", { timeout: 60_000 }, async () => {
    const email = await resetEmail(marker);
    const emailId = await enqueueCommitted(email);
    await startWorkers();

    const deadline = Date.now() + 40_000;
    let row = await outboxRow(emailId);
    while (row?.status !== "sent" && row?.status !== "failed" && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      row = await outboxRow(emailId);
    }

    expect(row).toMatchObject({ status: "sent", attempts: 3, transport: "smtp", lastError: null });
    expect(row!.sentAt).toBeInstanceOf(Date);
    const mine = received.filter((m) => m.subject === email.subject);
    expect(mine.map((m) => m.accepted)).toEqual([false, false, true]);
    expect(mine.filter((m) => m.accepted)).toEqual([{ subject: email.subject, to: [email.to], accepted: true }]);

    // Give a stray duplicate delivery a moment to show up; there must be none.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(received.filter((m) => m.subject === email.subject && m.accepted)).toHaveLength(1);
    expect(await deliveryJobs(emailId)).toEqual([expect.objectContaining({ state: "completed", retry_count: 2 })]);
  });
});
