import "server-only";
import { deliverEmail, EmailBusyError, markEmailFailed } from "@/lib/email/deliver-email";
import { getBoss, QUEUES } from "./boss";
import { registerWorker } from "./register-worker";
import { startQueues } from "./start-queues";

type EmailJob = { emailId: string };

// Four e-mails in flight at once: a burst of invitations drains in seconds, not minutes.
// pg-boss 10 runs one job at a time per work() call, so there are four of them.
const EMAIL_CONCURRENCY = 4;

/**
 * Runs in the server process (instrumentation.ts) and in tests. pg-boss hands each job to one
 * worker; the outbox claim (deliver-email.ts) keeps a retried job from sending twice, and the
 * worker registration hands back the jobs of a worker that died (register-worker.ts).
 */
export async function startWorkers() {
  const boss = await getBoss();
  const self = await registerWorker(boss);
  const options = { pollingIntervalSeconds: 2, includeMetadata: true, batchSize: 1 } as const;
  for (let i = 0; i < EMAIL_CONCURRENCY; i++) {
    await boss.work<EmailJob>(QUEUES.email, options, async ([job]) => {
      if (!job) return;
      try {
        await deliverEmail(job.data.emailId, undefined, { workerId: self.id, jobId: job.id });
      } catch (error) {
        if (job.retryCount >= job.retryLimit && !(error instanceof EmailBusyError)) await markEmailFailed(job.data.emailId);
        throw error;
      }
    });
  }
  // The registry's org jobs and sweeps (registry.ts): contract milestones, renewals, SLA timers.
  await startQueues(boss);
  return boss;
}
