import "server-only";
import { and, count, eq, gte, inArray, lt, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { loginFailures } from "@/db/schema";
import { RateLimitedError } from "@/lib/errors";
import { minutesAgo } from "@/lib/db/minutes-ago";

/** One counter: at most `max` attempts under `key` in the last `windowMinutes`. */
export type AttemptLimit = { key: string; max: number; windowMinutes: number };

/** Counters older than this are never read by any limit; pruning keeps the table small. */
const KEEP_MINUTES = 2 * 60;

async function attemptsWithin(key: string, windowMinutes: number) {
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gte(loginFailures.createdAt, minutesAgo(windowMinutes))));
  return row?.n ?? 0;
}

/**
 * Records the attempt under every limit's key *before* the guarded work runs, then counts. Attempts
 * sent at the same moment therefore see each other: the k-th to be recorded counts at least k, so
 * no more than `max` get through however many arrive together. Returns the rows' ids, so a
 * successful attempt can take them back; throws RateLimitedError(code) when any limit is passed.
 */
export async function recordAttemptOrThrow(limits: AttemptLimit[], code: string) {
  const rows = await db
    .insert(loginFailures)
    .values(limits.map((l) => ({ key: l.key })))
    .returning({ id: loginFailures.id });
  const counts = await Promise.all(limits.map((l) => attemptsWithin(l.key, l.windowMinutes)));
  if (counts.some((n, i) => n > limits[i]!.max)) throw new RateLimitedError(code);
  return rows.map((r) => r.id);
}

/** Takes back a successful attempt's rows, and rows too old to matter to any limit. */
export async function forgetAttempt(ids: string[]) {
  if (ids.length) await db.delete(loginFailures).where(inArray(loginFailures.id, ids));
  await db.delete(loginFailures).where(lt(loginFailures.createdAt, minutesAgo(KEEP_MINUTES)));
}

/** Clears the counter `key`, and with `prefix` every counter whose key starts with it. */
export async function clearAttempts(key: string, prefix?: string) {
  const byKey = eq(loginFailures.key, key);
  await db.delete(loginFailures).where(prefix ? or(byKey, sql`starts_with(${loginFailures.key}, ${prefix})`) : byKey);
}
