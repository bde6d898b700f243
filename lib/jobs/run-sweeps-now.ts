import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { jobWorkers } from "@/db/schema";
import { getBoss } from "./boss";
import { deadAfterSeconds } from "./recover-dead-workers";
import { SWEEPS } from "./registry";

const SETTLED = new Set(["completed", "failed", "cancelled"]);
const WAIT_MS = 30_000;
const POLL_MS = 100;

/**
 * Runs every sweep now, beside their cron, and resolves when each run has ended: after the e2e
 * server's clock moved (app/api/test-clock), what became due is queued before the route answers,
 * so a test can wait for those jobs instead of guessing whether a sweep has run yet. A sweep that
 * does not end within WAIT_MS is left to finish on its own; with no live worker anywhere (a
 * web-only instance, an integration test) nobody would run it now, so nothing is awaited.
 */
export async function runSweepsNow() {
  if (SWEEPS.length === 0) return;
  const boss = await getBoss();
  const sent = await Promise.all(SWEEPS.map(async (sweep) => ({ name: sweep.name, id: await boss.send(sweep.name, {}) })));
  if (!(await anyLiveWorker())) return;
  // Counted in polls, not read from a clock: the test clock this follows may just have jumped.
  let polls = WAIT_MS / POLL_MS;
  for (const { name, id } of sent) {
    if (!id) continue;
    for (; polls > 0; polls--) {
      const job = await boss.getJobById(name, id, { includeArchive: true });
      if (!job || SETTLED.has(job.state)) break;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

async function anyLiveWorker() {
  const [row] = await db
    .select({ live: sql<number>`count(*)::int` })
    .from(jobWorkers)
    .where(sql`${jobWorkers.heartbeatAt} >= now() - make_interval(secs => ${deadAfterSeconds()})`);
  return (row?.live ?? 0) > 0;
}
