import "server-only";
import { inArray, ne, sql } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { db } from "@/db/client";
import { emailOutbox, jobWorkers } from "@/db/schema";
import { processAlive } from "@/lib/system/process-alive";
import { bindToTransaction } from "./bind-to-transaction";
import { QUEUES } from "./boss";
import type { WorkerIdentity } from "./register-worker";

/** Missed beats before a worker on another host counts as dead (JOBS_WORKER_DEAD_SECONDS, default 20). */
export const deadAfterSeconds = () => Number(process.env.JOBS_WORKER_DEAD_SECONDS ?? 20);

/**
 * Dead, decided safely: on our own host and pid namespace a pid that is gone (or a zombie) is
 * certain, and so is our own pid under another worker id (a restarted container reuses pid 1).
 * Elsewhere only a stale heartbeat counts; a worker that is merely slow keeps beating and so
 * keeps its jobs.
 */
function isDead(worker: { host: string; pid: number; stale: boolean }, self: WorkerIdentity) {
  if (worker.stale) return true;
  return worker.host === self.host && (worker.pid === self.pid || !processAlive(worker.pid));
}

/**
 * Hands the e-mails a dead worker was sending back to the queue: its claim is released and its
 * still-active pg-boss job failed into retry, in one transaction, so the e-mail goes out on the
 * first retry instead of waiting for the job's expiry. Each dead worker is taken by one sweeper
 * (SKIP LOCKED), so two instances recovering at once never fail a job twice.
 */
export async function recoverDeadWorkers(boss: PgBoss, self: WorkerIdentity) {
  const candidates = await db
    .select({
      id: jobWorkers.id,
      host: jobWorkers.host,
      pid: jobWorkers.pid,
      stale: sql<boolean>`${jobWorkers.heartbeatAt} < now() - make_interval(secs => ${deadAfterSeconds()})`,
    })
    .from(jobWorkers)
    .where(ne(jobWorkers.id, self.id));
  const dead = candidates.filter((worker) => isDead(worker, self)).map((worker) => worker.id);
  if (dead.length === 0) return [];

  return db.transaction(async (tx) => {
    const locked = await tx.select({ id: jobWorkers.id }).from(jobWorkers).where(inArray(jobWorkers.id, dead)).for("update", { skipLocked: true });
    const ids = locked.map((worker) => worker.id);
    if (ids.length === 0) return [];
    const claims = await tx
      .select({ emailId: emailOutbox.id, jobId: emailOutbox.claimedJobId })
      .from(emailOutbox)
      .where(inArray(emailOutbox.claimedBy, ids))
      .for("update");
    await tx.update(emailOutbox).set({ claimedBy: null, claimedJobId: null }).where(inArray(emailOutbox.claimedBy, ids));
    const jobDb = bindToTransaction(tx);
    const recovered: string[] = [];
    for (const { emailId, jobId } of claims) {
      if (!jobId) continue;
      const job = await boss.getJobById(QUEUES.email, jobId, { db: jobDb, includeArchive: false });
      if (job?.state !== "active") continue;
      await boss.fail(QUEUES.email, jobId, { message: "the worker sending it died" }, { db: jobDb });
      recovered.push(emailId);
    }
    await tx.delete(jobWorkers).where(inArray(jobWorkers.id, ids));
    if (recovered.length > 0) console.log(`[jobs] handed ${recovered.length} e-mail(s) of a dead worker back to the queue`);
    return recovered;
  });
}
