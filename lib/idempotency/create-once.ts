import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import { ValidationError } from "@/lib/errors";

/** How long a key is remembered: far longer than any retry, short enough to keep the table small. */
export const KEY_LIFETIME_HOURS = 24;

type Created = { id: string } & Record<string, unknown>;

/**
 * Runs a create at most once per idempotency key, inside the create's own transaction, and
 * returns the first result to every repeat. The key row is claimed first: a concurrent duplicate
 * waits on the unique (org_id, key) until the first commits, then finds the key taken and reads
 * its result; if the first rolls back (a field error), the key is free again and the repeat runs.
 * Without a key the create simply runs.
 */
export async function createOnce<R extends Created>(
  ctx: OrgContext,
  t: Tenant<Tx>,
  verb: string,
  key: string | undefined,
  create: () => Promise<R>,
): Promise<R> {
  if (!key) return create();
  await pruneExpiredKeys(t);
  const userId = ctx.actor.userId;
  const [claimed] = await t.db
    .insert(idempotencyKeys)
    .values(t.values({ key, verb, userId }))
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (!claimed) {
    const [seen] = await t.db
      .select()
      .from(idempotencyKeys)
      .where(t.where(idempotencyKeys, eq(idempotencyKeys.key, key)));
    // Someone else's key, or this key on another form: never hand over another request's result.
    if (!seen || seen.verb !== verb || seen.userId !== userId || !seen.result) {
      throw new ValidationError({ idempotencyKey: "invalid" });
    }
    return seen.result as R;
  }
  const result = await create();
  await t.db
    .update(idempotencyKeys)
    .set({ entityId: result.id, result })
    .where(t.where(idempotencyKeys, eq(idempotencyKeys.key, key)));
  return result;
}

/**
 * Drops this org's keys older than the lifetime. Rows another transaction holds are skipped
 * rather than waited for, so pruning never makes two creates queue behind each other.
 */
async function pruneExpiredKeys(t: Tenant<Tx>) {
  const expired = t.db
    .select({ key: idempotencyKeys.key })
    .from(idempotencyKeys)
    .where(t.where(idempotencyKeys, sql`${idempotencyKeys.createdAt} < now() - make_interval(hours => ${KEY_LIFETIME_HOURS})`))
    .limit(100)
    .for("update", { skipLocked: true });
  await t.db.delete(idempotencyKeys).where(t.where(idempotencyKeys, sql`${idempotencyKeys.key} in (${expired})`));
}
