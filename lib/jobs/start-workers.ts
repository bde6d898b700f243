import "server-only";
import { deliverEmail, markEmailFailed } from "@/lib/email/deliver-email";
import { getBoss, QUEUES } from "./boss";

type EmailJob = { emailId: string };

/** Runs in the server process (instrumentation.ts) and in tests; pg-boss makes each job run once. */
export async function startWorkers() {
  const boss = await getBoss();
  // Four e-mails in flight at once: a burst of invitations drains in seconds, not minutes.
  const options = { pollingIntervalSeconds: 1, includeMetadata: true, localConcurrency: 4 } as const;
  await boss.work<EmailJob, void, typeof options>(
    QUEUES.email,
    options,
    async ([job]) => {
      if (!job) return;
      try {
        await deliverEmail(job.data.emailId);
      } catch (error) {
        if (job.retryCount >= job.retryLimit) await markEmailFailed(job.data.emailId);
        throw error;
      }
    },
  );
  return boss;
}
