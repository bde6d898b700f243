import "server-only";
import { getBoss } from "./boss";
import { SWEEPS } from "./registry";

const SETTLED = new Set(["completed", "failed", "cancelled"]);
const WAIT_MS = 30_000;
const POLL_MS = 100;

/**
 * Runs every sweep now, beside their cron, and resolves when each run has ended: after the e2e
 * server's clock moved (app/api/test-clock), what became due is queued before the route answers,
 * so a test can wait for those jobs instead of guessing whether a sweep has run yet. A sweep that
 * does not end within WAIT_MS is left to finish on its own.
 */
export async function runSweepsNow() {
  if (SWEEPS.length === 0) return;
  const boss = await getBoss();
  const sent = await Promise.all(SWEEPS.map(async (sweep) => ({ name: sweep.name, id: await boss.send(sweep.name, {}) })));
  const deadline = Date.now() + WAIT_MS;
  for (const { name, id } of sent) {
    if (!id) continue;
    while (Date.now() < deadline) {
      const job = await boss.getJobById(name, id, { includeArchive: true });
      if (!job || SETTLED.has(job.state)) break;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
