import "server-only";
import { randomUUID } from "node:crypto";
import { readlinkSync } from "node:fs";
import { hostname } from "node:os";
import { and, eq, notExists, sql } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { db } from "@/db/client";
import { emailOutbox, jobWorkers } from "@/db/schema";
import { onBossStop } from "./boss";
import { recoverDeadWorkers } from "./recover-dead-workers";

export type WorkerIdentity = { id: string; host: string; pid: number };

/**
 * Where a pid means something: the host name plus the pid namespace, so two containers that
 * share a host name (host networking) never judge each other's pids.
 */
export function hostKey() {
  try {
    return `${hostname()}/${readlinkSync("/proc/self/ns/pid")}`;
  } catch {
    return hostname();
  }
}

export const heartbeatSeconds = () => Number(process.env.JOBS_HEARTBEAT_SECONDS ?? 5);

/**
 * Registers this process as a job worker, hands back the jobs of workers that died (at start-up,
 * so a crashed server's e-mail goes out right after the restart), and keeps beating: every beat
 * also sweeps for workers that died elsewhere.
 */
export async function registerWorker(boss: PgBoss): Promise<WorkerIdentity> {
  const self: WorkerIdentity = { id: randomUUID(), host: hostKey(), pid: process.pid };
  await db.insert(jobWorkers).values(self);

  const sweep = async () => {
    try {
      await recoverDeadWorkers(boss, self);
    } catch (error) {
      console.error("[jobs] recovering the jobs of dead workers failed", error);
    }
  };
  await sweep();

  let beating: Promise<void> | undefined;
  const timer = setInterval(() => {
    beating ??= (async () => {
      // The database's clock, like the staleness check: app hosts' clocks may disagree.
      await db
        .update(jobWorkers)
        .set({ heartbeatAt: sql`now()` })
        .where(eq(jobWorkers.id, self.id));
      await sweep();
    })()
      .catch((error: unknown) => console.error("[jobs] heartbeat failed", error))
      .finally(() => (beating = undefined));
  }, heartbeatSeconds() * 1000);
  timer.unref();

  onBossStop({
    before: () => clearInterval(timer),
    after: async () => {
      await beating;
      // A send still running past the shutdown timeout keeps its claim and this row: the row
      // goes stale and recovery hands the job back, rather than a retry sending beside it.
      await db
        .delete(jobWorkers)
        .where(and(eq(jobWorkers.id, self.id), notExists(db.select().from(emailOutbox).where(eq(emailOutbox.claimedBy, self.id)))));
    },
  });
  return self;
}
