import "server-only";
import type { Tx } from "@/db/client";
import { jobEffects } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import type { SystemContext } from "./define-job";

/**
 * Claims a business effect inside the transaction that has it. The row's primary key (org, key)
 * is the guarantee: a concurrent claim waits for this transaction and then finds the row, a claim
 * after a commit finds it at once, and a rollback takes the claim with the effect. True: this
 * transaction owns the effect and must do it.
 */
export async function claimEffect(t: Tenant<Tx>, key: string, job: string): Promise<boolean> {
  const claimed = await t.db.insert(jobEffects).values(t.values({ key, job })).onConflictDoNothing().returning({ key: jobEffects.key });
  return claimed.length > 0;
}

/**
 * Runs `effect` once per org and key, however often the job runs: retries, a restart after a crash
 * between the commit and pg-boss marking the job done, two instances at once. The effect must do
 * all its writes through the transaction it is given.
 */
export async function onceInTransaction<R>(
  ctx: SystemContext,
  key: string,
  effect: (t: Tenant<Tx>) => Promise<R>,
): Promise<{ ran: true; value: R } | { ran: false }> {
  return ctx.t.transaction(async (t) => {
    if (!(await claimEffect(t, key, ctx.actor.job))) return { ran: false as const };
    return { ran: true as const, value: await effect(t) };
  });
}
