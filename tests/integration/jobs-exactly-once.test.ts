import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailOutbox, jobEffects, jobFailures } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { appUrl } from "@/lib/http/app-url";
import { now, setClock } from "@/lib/clock";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { getBoss } from "@/lib/jobs/boss";
import { defineOrgJob, defineSweep, type SystemContext } from "@/lib/jobs/define-job";
import { listJobFailures } from "@/lib/jobs/list-job-failures";
import { listRecentJobs } from "@/lib/jobs/list-recent-jobs";
import { onceInTransaction } from "@/lib/jobs/once";
import { retryJobFailure } from "@/lib/jobs/retry-job-failure";
import { startQueues } from "@/lib/jobs/start-queues";
import { systemContext } from "@/lib/jobs/system-context";
import { notificationHref } from "@/lib/notifications/notification-href";
import { renderNotificationEmail } from "@/lib/email/render-notification-email";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// A job shaped like the contract milestone job: its one business effect is an e-mail about the
// contract, claimed by key in the effect's transaction.
type MilestoneData = { contractId: string; adminId: string };

const addressOf = (contractId: string) => `contract-${contractId}@example.test`;

/** What the job does after its effect committed, per contract: "crash" the first time, or always "fail". */
const trouble = new Map<string, "crash" | "fail">();
const runs = new Map<string, number>();

async function notifyMilestone(ctx: SystemContext, data: MilestoneData) {
  runs.set(data.contractId, (runs.get(data.contractId) ?? 0) + 1);
  if (trouble.get(data.contractId) === "fail") throw new Error(`contract ${data.contractId} has no end date`);
  const key = `contract:${data.contractId}:notify_before:2027-01-31`;
  // An effect with no guard of its own (a plain outbox e-mail), so only the claim keeps it single.
  const result = await onceInTransaction(ctx, key, async (t) =>
    enqueueEmail(t.db, {
      ...(await renderNotificationEmail({
        kind: "contract_expiring",
        params: { subject: "Maintenance 2026", customer: "Kiraz Ltd", date: "2027-01-31" },
        locale: "en",
        timeZone: ctx.org.timeZone,
        org: ctx.org.name,
        url: appUrl(notificationHref(ctx.org.slug, { entityType: "contract", entityId: data.contractId })),
      })),
      to: addressOf(data.contractId),
      orgId: ctx.org.id,
    }),
  );
  // The process "dies" after the effect committed and before pg-boss heard the job was done.
  if (trouble.get(data.contractId) === "crash") {
    trouble.delete(data.contractId);
    throw new Error("worker died before completing the job");
  }
  return result;
}

const milestoneJob = defineOrgJob<MilestoneData>({
  name: `test-contract-milestone-${randomUUID().slice(0, 8)}`,
  retryLimit: 1,
  retryDelay: 1,
  retryBackoff: false,
  run: async (ctx, data) => void (await notifyMilestone(ctx, data)),
});

/** Items with a due time, as a contract's end date or an SLA deadline would be. */
const dueItems: { contractId: string; dueAt: Date }[] = [];

// The sweep pattern: find what is due by now() (lib/clock.ts), enqueue one org job per item.
const milestoneSweep = defineSweep({
  name: `test-milestone-sweep-${randomUUID().slice(0, 8)}`,
  run: async (enqueue) => {
    for (const item of dueItems.filter((due) => due.dueAt <= now())) {
      await enqueue(
        milestoneJob,
        org.orgId,
        { contractId: item.contractId, adminId: org.userId },
        `contract:${item.contractId}:notify_before:2027-01-31`,
      );
    }
  },
});

let org: Awaited<ReturnType<typeof createOrg>>;

beforeAll(async () => {
  process.env.JOBS_POLLING_SECONDS = "0.5";
  org = await createOrg("Jobs Org");
  await startQueues(await getBoss(), [milestoneJob as never], [milestoneSweep]);
});
afterAll(closeConnections);
afterEach(() => setClock(null));

async function effectsOf(contractId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(emailOutbox)
    .where(eq(emailOutbox.to, addressOf(contractId)));
  return { emails: row!.n };
}

async function send(contractId: string) {
  const boss = await getBoss();
  return (await boss.send(milestoneJob.name, { orgId: org.orgId, contractId, adminId: org.userId }))!;
}

async function waitFor<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Jobs of a queue not yet finished: queued, waiting to retry or running. */
async function pendingJobs(name: string) {
  const [row] = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from pgboss.job where name = ${name} and state in ('created', 'retry', 'active')`,
  );
  return row!.n;
}

async function jobState(id: string) {
  const [row] = await db.execute<{ state: string }>(sql`select state from pgboss.job where id = ${id}`);
  return row?.state;
}

describe("an org job's business effect", () => {
  it("happens once when two runs of the job race for it", async () => {
    const contractId = randomUUID();
    const ctx = await systemContext(org.orgId, milestoneJob.name);
    const [a, b] = await Promise.all([
      notifyMilestone(ctx, { contractId, adminId: org.userId }),
      notifyMilestone(ctx, { contractId, adminId: org.userId }),
    ]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    expect(await effectsOf(contractId)).toEqual({ emails: 1 });
    const [effect] = await db
      .select()
      .from(jobEffects)
      .where(eq(jobEffects.key, `contract:${contractId}:notify_before:2027-01-31`));
    expect(effect).toMatchObject({ orgId: org.orgId, job: milestoneJob.name });
  });

  it("happens once when the job is retried after a crash between the effect and the job's completion", async () => {
    const contractId = randomUUID();
    trouble.set(contractId, "crash");
    const jobId = await send(contractId);
    await waitFor(async () => (await jobState(jobId)) === "completed");
    expect(runs.get(contractId)).toBe(2);
    expect(await effectsOf(contractId)).toEqual({ emails: 1 });
  });

  it("happens once when the same job is queued twice and both run", async () => {
    const contractId = randomUUID();
    const ids = await Promise.all([send(contractId), send(contractId)]);
    await waitFor(async () => (await Promise.all(ids.map(jobState))).every((state) => state === "completed"));
    expect(await effectsOf(contractId)).toEqual({ emails: 1 });
  });
});

describe("a job that keeps failing", () => {
  it("is retried, lands in job_failures, and a Retry from the admin page runs it again and it succeeds", async () => {
    const contractId = randomUUID();
    trouble.set(contractId, "fail");
    const jobId = await send(contractId);
    await waitFor(async () => (await jobState(jobId)) === "failed");
    expect(runs.get(contractId)).toBe(2); // the first run and its one retry
    expect(await effectsOf(contractId)).toEqual({ emails: 0 });

    const listed = await listJobFailures(org.ctx, {});
    const failure = listed.rows.find((row) => row.data.contractId === contractId);
    expect(failure).toMatchObject({
      queue: milestoneJob.name,
      attempts: 2,
      retriedAt: null,
      lastError: `Error: contract ${contractId} has no end date`,
    });
    const recent = await listRecentJobs(org.ctx, [milestoneJob.name]);
    expect(recent.find((job) => job.id === jobId)).toMatchObject({ state: "failed", retryCount: 1 });

    trouble.delete(contractId); // the admin fixed the contract
    const retried = await retryJobFailure(org.ctx, { id: failure!.id });
    await waitFor(async () => (await jobState(retried.jobId!)) === "completed");
    expect(await effectsOf(contractId)).toEqual({ emails: 1 });
    const [row] = await db
      .select()
      .from(jobFailures)
      .where(and(eq(jobFailures.orgId, org.orgId), eq(jobFailures.id, failure!.id)));
    expect(row).toMatchObject({ retriedJobId: retried.jobId, retriedById: org.userId });
    expect(row!.retriedAt).toBeInstanceOf(Date);

    // Sent once: a second click (or a second admin) is told it was already retried.
    expect((await caught(retryJobFailure(org.ctx, { id: failure!.id }), ConflictError)).code).toBe("alreadyRetried");
  });

  it("is the org's admins' alone: members at Manage are refused, another org sees nothing and cannot retry it", async () => {
    const contractId = randomUUID();
    trouble.set(contractId, "fail");
    const jobId = await send(contractId);
    await waitFor(async () => (await jobState(jobId)) === "failed");
    const failure = await waitFor(async () => (await listJobFailures(org.ctx, {})).rows.find((row) => row.data.contractId === contractId));

    const manager = await addMember(org, "manage");
    await caught(listJobFailures(manager.ctx, {}), ForbiddenError);
    await caught(retryJobFailure(manager.ctx, { id: failure.id }), ForbiddenError);
    await caught(listRecentJobs(manager.ctx, [milestoneJob.name]), ForbiddenError);

    const other = await createOrg("Other Jobs Org");
    expect((await listJobFailures(other.ctx, {})).rows).toEqual([]);
    expect(await listRecentJobs(other.ctx, [milestoneJob.name])).toEqual([]);
    await caught(retryJobFailure(other.ctx, { id: failure.id }), NotFoundError);
    const [row] = await db.select().from(jobFailures).where(eq(jobFailures.id, failure.id));
    expect(row!.retriedAt).toBeNull();
  });
});

describe("a sweep", () => {
  it("enqueues what is due by the clock, and running it again across the same moment changes nothing", async () => {
    const contractId = randomUUID();
    dueItems.push({ contractId, dueAt: new Date(Date.now() + 7 * 86_400_000) });
    const boss = await getBoss();
    const sweepRuns = async () => {
      const id = (await boss.send(milestoneSweep.name, {}))!;
      await waitFor(async () => (await jobState(id)) === "completed");
    };

    await sweepRuns();
    expect(runs.get(contractId)).toBeUndefined(); // not due yet

    // The clock moves past the due time, twice (two sweeps, as two instances' crons would run).
    setClock(new Date(Date.now() + 8 * 86_400_000));
    await sweepRuns();
    await sweepRuns();
    await waitFor(async () => (await effectsOf(contractId)).emails === 1);
    setClock(new Date(Date.now() + 9 * 86_400_000));
    await sweepRuns();
    // The milestone jobs the sweeps queued have all run (none waiting or running): still one e-mail.
    await waitFor(async () => (await pendingJobs(milestoneJob.name)) === 0);
    expect(await effectsOf(contractId)).toEqual({ emails: 1 });
  });
});
