import "server-only";
import { subMinutes } from "date-fns";
import { and, count, eq, gte, like, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { publicAttempts } from "@/db/schema";
import { RateLimitedError } from "@/lib/errors";

/** SPEC S6: more than this many bad attempts a minute from one address are refused. */
export const APPROVAL_ATTEMPTS = { perMinute: 30 } as const;

const addressKey = (address: string) => `approve:${address}`;

/**
 * Records the attempt as bad *before* the token is looked at, then counts (as sign-in throttling
 * does): attempts arriving together see each other, so no more than the limit get through however
 * many are sent at once. A good attempt takes its row back with `forgiveAttempt`.
 */
export async function beginApprovalAttempt(address: string) {
  const key = addressKey(address);
  const [row] = await db.insert(publicAttempts).values({ key }).returning({ id: publicAttempts.id });
  const [recent] = await db
    .select({ n: count() })
    .from(publicAttempts)
    .where(and(eq(publicAttempts.key, key), gte(publicAttempts.createdAt, subMinutes(new Date(), 1))));
  if ((recent?.n ?? 0) > APPROVAL_ATTEMPTS.perMinute) throw new RateLimitedError("approvalRateLimited");
  return row!.id;
}

/** A valid link or a successful approval is not a bad attempt; old rows go while we are here. */
export async function forgiveAttempt(id: string) {
  await db.delete(publicAttempts).where(eq(publicAttempts.id, id));
  await db.delete(publicAttempts).where(and(like(publicAttempts.key, addressKey("%")), lt(publicAttempts.createdAt, subMinutes(new Date(), 10))));
}
