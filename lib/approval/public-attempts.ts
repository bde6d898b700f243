import "server-only";
import { and, count, eq, gte, like, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { publicAttempts } from "@/db/schema";
import { minutesAgo } from "@/lib/db/minutes-ago";
import { AppError, RateLimitedError, ValidationError } from "@/lib/errors";

/** SPEC S6: more than this many bad attempts a minute from one address are refused. */
export const APPROVAL_ATTEMPTS = { perMinute: 30 } as const;

const addressKey = (address: string) => `approve:${address}`;

export type ApprovalAttempt = { id: string; overLimit: boolean };

/**
 * Records the attempt as bad *before* the token is looked at, then counts (as sign-in throttling
 * does): attempts arriving together see each other, so no more than the limit get a real answer
 * however many are sent at once. A good attempt takes its row back with `forgiveAttempt`.
 *
 * Being over the limit does not refuse by itself: a valid link always works, because a customer
 * may share an address (an office, a mobile carrier's NAT) with whoever is sending bad links. The
 * 256-bit token is what keeps links unguessable; past the limit, every *bad* link gets "too many
 * attempts", so a flood learns nothing about which links exist, expired or were used.
 */
export async function beginApprovalAttempt(address: string): Promise<ApprovalAttempt> {
  const key = addressKey(address);
  const [row] = await db.insert(publicAttempts).values({ key }).returning({ id: publicAttempts.id });
  const [recent] = await db
    .select({ n: count() })
    .from(publicAttempts)
    .where(and(eq(publicAttempts.key, key), gte(publicAttempts.createdAt, minutesAgo(1))));
  return { id: row!.id, overLimit: (recent?.n ?? 0) > APPROVAL_ATTEMPTS.perMinute };
}

/** A valid link or a successful approval is not a bad attempt; old rows go while we are here. */
export async function forgiveAttempt(attempt: ApprovalAttempt) {
  await db.delete(publicAttempts).where(eq(publicAttempts.id, attempt.id));
  await db.delete(publicAttempts).where(and(like(publicAttempts.key, addressKey("%")), lt(publicAttempts.createdAt, minutesAgo(10))));
}

/**
 * Runs `work` with the link as the only authority: success forgives the attempt; a refusal of the
 * link itself (unknown, used, expired) becomes "too many attempts" once the address is over the
 * limit. A form error (a bad score on a valid link) is the customer's to fix and stays as it is.
 */
export async function withApprovalAttempt<T>(address: string, work: () => Promise<T>): Promise<T> {
  const attempt = await beginApprovalAttempt(address);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    if (attempt.overLimit && error instanceof AppError && !(error instanceof ValidationError)) throw new RateLimitedError("approvalRateLimited");
    throw error;
  }
  await forgiveAttempt(attempt);
  return result;
}
