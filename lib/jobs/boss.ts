import "server-only";
import { PgBoss } from "pg-boss";

export const QUEUES = { email: "email-delivery" } as const;

const globalForBoss = globalThis as unknown as { servioBoss?: Promise<PgBoss> };

/** Retry policy of e-mail delivery: exponential backoff from EMAIL_RETRY_DELAY seconds (default 10). */
function emailQueueOptions() {
  return {
    retryLimit: 10,
    retryDelay: Number(process.env.EMAIL_RETRY_DELAY ?? 10),
    retryBackoff: true,
    retryDelayMax: 3600,
  };
}

async function startBoss() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const boss = new PgBoss({ connectionString, max: 4, application_name: "servio-jobs" });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  await boss.createQueue(QUEUES.email, emailQueueOptions());
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

export async function stopBoss() {
  const boss = await globalForBoss.servioBoss?.catch(() => undefined);
  globalForBoss.servioBoss = undefined;
  await boss?.stop({ graceful: true, timeout: 5000 });
}
