import "server-only";
import PgBoss from "pg-boss";
import { grantEnqueueToAppRole } from "./grant-enqueue";
import { replaceNewerJobSchema } from "./replace-newer-job-schema";

export const QUEUES = { email: "email-delivery" } as const;

const globalForBoss = globalThis as unknown as { servioBoss?: Promise<PgBoss> };

const seconds = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/**
 * E-mail delivery: exponential backoff from EMAIL_RETRY_DELAY seconds (default 10; pg-boss 10
 * doubles it per attempt with no cap, so ten retries span a few hours). A send that takes longer
 * than EMAIL_EXPIRE_SECONDS (default 60; the SMTP timeouts in transports.ts are shorter) counts
 * as hung and is retried — pg-boss's default of 15 minutes is what a crashed worker's e-mail used
 * to wait. A retry never sends while the first worker is alive: see claim-email.ts.
 */
function emailQueueOptions(): PgBoss.Queue {
  return {
    name: QUEUES.email,
    retryLimit: 10,
    retryDelay: seconds("EMAIL_RETRY_DELAY", 10),
    retryBackoff: true,
    expireInSeconds: seconds("EMAIL_EXPIRE_SECONDS", 60),
  };
}

async function startBoss() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const boss = new PgBoss({
    connectionString,
    max: 4,
    application_name: "servio-jobs",
    // Maintenance fails expired active jobs back into retry; its default (2 minutes) would add
    // that much to an expiry. One instance runs it per interval (pg-boss takes a lock).
    maintenanceIntervalSeconds: seconds("JOBS_MAINTENANCE_SECONDS", 20),
  });
  boss.on("error", (error) => console.error("[jobs]", error));
  const requeue = await replaceNewerJobSchema(connectionString);
  await boss.start();
  // createQueue leaves an existing queue as it is; updateQueue applies today's options to it.
  await boss.createQueue(QUEUES.email, emailQueueOptions());
  await boss.updateQueue(QUEUES.email, emailQueueOptions());
  await grantEnqueueToAppRole(connectionString);
  for (const emailId of requeue) await boss.send(QUEUES.email, { emailId });
  return boss;
}

/** One started pg-boss per process; a failed start is not cached so the next call retries. */
export function getBoss(): Promise<PgBoss> {
  if (!globalForBoss.servioBoss) {
    globalForBoss.servioBoss = startBoss().catch((error: unknown) => {
      globalForBoss.servioBoss = undefined;
      throw error;
    });
  }
  return globalForBoss.servioBoss;
}

type StopHook = { before: () => void; after: () => Promise<void> };
const stopHooks = new Set<StopHook>();

/** The worker's heartbeat stops before pg-boss does, and its row goes once in-flight sends ended. */
export function onBossStop(hook: StopHook) {
  stopHooks.add(hook);
}

export async function stopBoss() {
  const hooks = [...stopHooks];
  stopHooks.clear();
  for (const hook of hooks) hook.before();
  const boss = await globalForBoss.servioBoss?.catch(() => undefined);
  globalForBoss.servioBoss = undefined;
  await boss?.stop({ graceful: true, timeout: 5000 });
  for (const hook of hooks) await hook.after();
}
