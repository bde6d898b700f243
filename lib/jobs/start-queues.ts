import "server-only";
import type PgBoss from "pg-boss";
import { throwIfFaultInjected } from "@/lib/system/test-faults";
import type { OrgJob, OrgJobData, Sweep, SweepEnqueue } from "./define-job";
import { recordJobFailure } from "./record-job-failure";
import { ORG_JOBS, SWEEPS } from "./registry";
import { systemContext } from "./system-context";

const pollingSeconds = () => Number(process.env.JOBS_POLLING_SECONDS ?? 2);

/**
 * The queue's retry timing: the job's own, or with JOBS_RETRY_DELAY_SECONDS (set only by
 * scripts/e2e-server.ts) that many seconds between attempts without backoff, so a browser test
 * sees a job fail all its retries in seconds rather than the hour the defaults take.
 */
function retryTiming({ retryDelay, retryBackoff }: Pick<OrgJob, "retryDelay" | "retryBackoff">) {
  const fixed = process.env.JOBS_RETRY_DELAY_SECONDS;
  return fixed ? { retryDelay: Number(fixed), retryBackoff: false } : { retryDelay, retryBackoff };
}

async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue) {
  // createQueue leaves an existing queue as it is; updateQueue applies today's options to it.
  await boss.createQueue(queue.name, queue);
  await boss.updateQueue(queue.name, queue);
}

/** One run of an org job: the org's system context, the handler, and on the last failure the dead letter. */
async function runOrgJob<D extends object>(definition: OrgJob<D>, job: PgBoss.JobWithMetadata<OrgJobData<D>>) {
  const { orgId, ...data } = job.data;
  let ctx;
  try {
    ctx = await systemContext(orgId, definition.name);
    // The e2e server's fault switch (lib/system/test-faults.ts); a no-op on any other server.
    await throwIfFaultInjected(definition.name, orgId);
    await definition.run(ctx, data as unknown as D);
  } catch (error) {
    // pg-boss counts retries before this run: the last one has retryCount === retryLimit.
    if (ctx && job.retryCount >= job.retryLimit) {
      await recordJobFailure(ctx, { queue: definition.name, jobId: job.id, data: job.data, error, attempts: job.retryCount + 1 }).catch(
        (recording: unknown) => console.error(`[jobs] recording the failure of ${definition.name} ${job.id} failed`, recording),
      );
    }
    throw error;
  }
}

/**
 * Creates the registry's queues (registry.ts), starts one worker per queue and schedules the
 * sweeps. A sweep's enqueue uses the item's effect key as singleton key for a minute, so sweeps
 * that overlap (a slow run, the cron of two instances) rarely queue an item twice; when they do,
 * the effect's claim makes the second run a no-op.
 */
export async function startQueues(boss: PgBoss, jobs: readonly OrgJob<never>[] = ORG_JOBS, sweeps: readonly Sweep[] = SWEEPS) {
  const options = { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: pollingSeconds() } as const;
  for (const definition of jobs) {
    const { name, retryLimit, expireInSeconds } = definition;
    await ensureQueue(boss, { name, retryLimit, ...retryTiming(definition), ...(expireInSeconds ? { expireInSeconds } : {}) });
    await boss.work<OrgJobData<never>>(name, options, async ([job]) => {
      if (job) await runOrgJob(definition, job);
    });
  }

  const enqueue: SweepEnqueue = async (job, orgId, data, key) => {
    await boss.send(job.name, { ...data, orgId }, { singletonKey: key, singletonSeconds: 60 });
  };
  for (const sweep of sweeps) {
    // A failed sweep is not retried: the next minute's run finds the same due items.
    await ensureQueue(boss, { name: sweep.name, retryLimit: 0 });
    await boss.schedule(sweep.name, sweep.cron, {}, { tz: "UTC" });
    await boss.work(sweep.name, options, async () => {
      await sweep.run(enqueue);
    });
  }
}
