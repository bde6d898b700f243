import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { eq, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailOutbox, jobWorkers } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { renderLinkEmail } from "@/lib/email/render-email";
import { appUrl } from "@/lib/http/app-url";
import { getBoss, QUEUES, stopBoss } from "@/lib/jobs/boss";
import { recoverDeadWorkers } from "@/lib/jobs/recover-dead-workers";
import { hostKey } from "@/lib/jobs/register-worker";
import { uniqueEmail } from "./factories";
import { closeConnections } from "./helpers";

const root = path.resolve(import.meta.dirname, "../..");

/** What the SMTP sink saw of one message: held back (no reply to DATA yet) or accepted. */
type Delivery = { subject: string; state: "held" | "accepted" };

const deliveries: Delivery[] = [];
const holdFirstOf = new Set<string>();
const held = new Map<string, () => void>();

function subjectOf(raw: string) {
  const headers = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  return /^Subject: (.*)$/im.exec(headers)?.[1]?.trim() ?? "";
}

/** A mail server that keeps the first delivery of a marked message waiting, as a slow or hung provider does. */
const sink = new SMTPServer({
  disabledCommands: ["STARTTLS", "AUTH"],
  authOptional: true,
  logger: false,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const subject = subjectOf(Buffer.concat(chunks).toString("utf8"));
      const marker = [...holdFirstOf].find((m) => subject.includes(m));
      if (marker) {
        holdFirstOf.delete(marker);
        const delivery: Delivery = { subject, state: "held" };
        deliveries.push(delivery);
        held.set(marker, () => {
          delivery.state = "accepted";
          callback();
        });
        return;
      }
      deliveries.push({ subject, state: "accepted" });
      callback();
    });
  },
});

const children = new Set<ChildProcess>();

/** A worker process like the server's (instrumentation.ts starts the same workers), run without tsx's wrapper process so its pid is the worker's. */
function startWorkerProcess(env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./scripts/allow-server-only.mjs", "tests/integration/fixtures/email-worker.ts"],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  children.add(child);
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("worker ready")) resolve();
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, ready, exited, output: () => output };
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function enqueueMarked(marker: string) {
  const rendered = await renderLinkEmail({
    kind: "passwordReset",
    locale: "en",
    url: appUrl(`/reset-password/${randomUUID()}`),
    values: { minutes: 60 },
  });
  const email = { ...rendered, subject: `${rendered.subject} ${marker}`, to: uniqueEmail("crash") };
  holdFirstOf.add(marker);
  const id = await db.transaction((tx) => enqueueEmail(tx, email));
  return { id, subject: email.subject };
}

async function outboxRow(id: string) {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row;
}

async function deliveryJob(emailId: string) {
  const [job] = await db.execute<{ state: string; retry_count: number }>(
    sql`select state, retry_count from pgboss.job where name = ${QUEUES.email} and data->>'emailId' = ${emailId}`,
  );
  return job;
}

const mine = (subject: string) => deliveries.filter((d) => d.subject === subject);

const savedEnv = { ...process.env };

beforeAll(async () => {
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", () => resolve()));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`;
  delete process.env.RESEND_API_KEY;
  // Time moves by configuration: workers beat every second. The e-mail job's expiry stays at its
  // default (60 s), so only recovery can deliver within the time allowed below.
  process.env.JOBS_HEARTBEAT_SECONDS = "1";

  // Other files leave queued e-mails in the shared database; keep this test about its own.
  const boss = await getBoss();
  const leftovers = await db.execute<{ id: string }>(
    sql`select id from pgboss.job where name = ${QUEUES.email} and state in ('created', 'retry', 'active')`,
  );
  if (leftovers.length > 0)
    await boss.cancel(
      QUEUES.email,
      leftovers.map((r) => r.id),
    );
});

afterEach(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  }
  children.clear();
  for (const release of held.values()) release();
  held.clear();
});

afterAll(async () => {
  process.env = savedEnv;
  await new Promise<void>((resolve) => sink.close(() => resolve()));
  await closeConnections();
});

describe("e-mail delivery across a worker crash", () => {
  it("delivers the e-mail of a worker killed mid-send within a minute of the restart, once", { timeout: 120_000 }, async () => {
    const first = startWorkerProcess();
    await first.ready;
    const email = await enqueueMarked(randomUUID());
    await until("the first delivery to reach the mail server", async () => mine(email.subject).length === 1, 20_000);
    expect(await outboxRow(email.id)).toMatchObject({ status: "queued" });

    first.child.kill("SIGKILL");
    await first.exited;
    expect(await deliveryJob(email.id)).toMatchObject({ state: "active" });

    const restartedAt = Date.now();
    const second = startWorkerProcess();
    await second.ready;
    const row = await until(
      "the e-mail to be sent after the restart",
      async () => {
        const current = await outboxRow(email.id);
        return current?.status === "sent" && current;
      },
      60_000,
    );
    const elapsed = Date.now() - restartedAt;

    expect(elapsed).toBeLessThan(60_000);
    expect(row).toMatchObject({ status: "sent", transport: "smtp", claimedBy: null, attempts: 1 });
    // Once its job is completed nothing can send the e-mail again: then count the copies. The
    // killed attempt never got an answer from the server; exactly one copy was accepted.
    await until("the delivery job to complete", async () => (await deliveryJob(email.id))?.state === "completed", 10_000);
    expect(mine(email.subject).map((d) => d.state)).toEqual(["held", "accepted"]);
    expect(await deliveryJob(email.id)).toMatchObject({ state: "completed" });
    console.log(`e-mail of the killed worker sent ${elapsed} ms after the restart`);
  });

  it("never sends a second copy while a slow worker is still sending, though its job expired and was retried", { timeout: 120_000 }, async () => {
    // Short expiry and maintenance so the slow send outlives its job within seconds.
    await stopBoss();
    process.env.EMAIL_EXPIRE_SECONDS = "2";
    process.env.JOBS_MAINTENANCE_SECONDS = "1";
    const slow = startWorkerProcess();
    await slow.ready;
    const email = await enqueueMarked(randomUUID());
    await until("the slow delivery to reach the mail server", async () => mine(email.subject).length === 1, 20_000);

    const other = startWorkerProcess();
    await other.ready;
    // The job expires and is retried (by either process) at least twice while the first send hangs.
    await until(
      "the expired job to be retried (or a second copy to be sent)",
      async () => mine(email.subject).length > 1 || ((await deliveryJob(email.id))?.retry_count ?? 0) >= 2,
      30_000,
    );
    expect(mine(email.subject).map((d) => d.state)).toEqual(["held"]);
    expect(await outboxRow(email.id)).toMatchObject({ status: "queued", attempts: 0 });

    held.get([...held.keys()][0]!)?.();
    await until("the slow send to finish", async () => (await outboxRow(email.id))?.status === "sent", 20_000);
    await until("the retried job to complete without sending", async () => (await deliveryJob(email.id))?.state === "completed", 30_000);

    expect(mine(email.subject).map((d) => d.state)).toEqual(["accepted"]);
    expect(await outboxRow(email.id)).toMatchObject({ status: "sent", attempts: 1, claimedBy: null });
  });
});

describe("deciding that a worker is dead", () => {
  /** An e-mail whose job a worker (as described) has fetched and is sending. */
  async function claimedBy(worker: { host: string; pid: number }) {
    const boss = await getBoss();
    const { id: emailId } = await enqueueMarked(randomUUID());
    const jobs = await boss.fetch<{ emailId: string }>(QUEUES.email, { batchSize: 10 });
    const job = jobs.find((j) => j.data.emailId === emailId)!;
    fetched.push(job.id);
    const workerId = randomUUID();
    await db.insert(jobWorkers).values({ id: workerId, ...worker });
    inserted.push(workerId);
    await db.update(emailOutbox).set({ claimedBy: workerId, claimedJobId: job.id }).where(eq(emailOutbox.id, emailId));
    return { boss, emailId, workerId };
  }
  const self = { id: randomUUID(), host: hostKey(), pid: process.pid };
  const inserted: string[] = [];
  const fetched: string[] = [];

  beforeAll(async () => {
    // Back to the default expiry, so no job expires while a case looks at it.
    await stopBoss();
    delete process.env.EMAIL_EXPIRE_SECONDS;
    delete process.env.JOBS_MAINTENANCE_SECONDS;
  });

  afterAll(async () => {
    // The pretend workers leave the shared database; their claims go with them (ON DELETE SET NULL).
    for (const id of inserted) await db.delete(jobWorkers).where(eq(jobWorkers.id, id));
    if (fetched.length > 0) await (await getBoss()).cancel(QUEUES.email, fetched);
  });

  it("keeps the jobs of a worker elsewhere while it beats, and hands them back once it falls silent", async () => {
    const { boss, emailId, workerId } = await claimedBy({ host: "another-host/pid:[1]", pid: process.pid });
    expect(await recoverDeadWorkers(boss, self)).toEqual([]);
    expect(await outboxRow(emailId)).toMatchObject({ claimedBy: workerId });
    expect(await deliveryJob(emailId)).toMatchObject({ state: "active" });

    await db
      .update(jobWorkers)
      .set({ heartbeatAt: sql`now() - interval '1 minute'` })
      .where(eq(jobWorkers.id, workerId));
    expect(await recoverDeadWorkers(boss, self)).toEqual([emailId]);
    expect(await outboxRow(emailId)).toMatchObject({ claimedBy: null, claimedJobId: null, status: "queued" });
    expect(await deliveryJob(emailId)).toMatchObject({ state: "retry" });
    expect(await db.select().from(jobWorkers).where(eq(jobWorkers.id, workerId))).toEqual([]);
  });

  it("on its own host, judges by the process: a live one keeps its jobs, a gone one loses them at once", async () => {
    const alive = await claimedBy({ host: self.host, pid: process.ppid });
    expect(await recoverDeadWorkers(alive.boss, self)).toEqual([]);
    expect(await outboxRow(alive.emailId)).toMatchObject({ claimedBy: alive.workerId });

    const exited = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => exited.once("exit", resolve));
    const gone = await claimedBy({ host: self.host, pid: exited.pid! });
    expect(await recoverDeadWorkers(gone.boss, self)).toEqual([gone.emailId]);
    expect(await deliveryJob(gone.emailId)).toMatchObject({ state: "retry" });
    expect(await outboxRow(alive.emailId)).toMatchObject({ claimedBy: alive.workerId });
  });
});
