import "server-only";
import { getBoss } from "./boss";
import { SWEEPS } from "./registry";

/**
 * Queues one run of every sweep now, beside their cron: after the e2e server's clock moved
 * (app/api/test-clock), what became due is found within seconds instead of at the next minute.
 */
export async function runSweepsNow() {
  if (SWEEPS.length === 0) return;
  const boss = await getBoss();
  for (const sweep of SWEEPS) await boss.send(sweep.name, {});
}
