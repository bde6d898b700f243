import "server-only";
import { subMinutes } from "date-fns";
import { and, count, eq, gte, inArray, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { loginFailures } from "@/db/schema";
import { RateLimitedError } from "@/lib/errors";

export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 30 } as const;

const accountKey = (email: string) => `account:${email.toLowerCase()}`;
const addressKey = (ip: string) => `ip:${ip}`;

async function attemptsSince(key: string, since: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gte(loginFailures.createdAt, since)));
  return row?.n ?? 0;
}

/**
 * Records the attempt as a failure *before* the password is checked, then counts. Attempts sent
 * at the same moment therefore see each other: the k-th to be recorded counts at least k, so no
 * more than the limit get through however many arrive together. A success removes its rows.
 */
export async function beginSignInAttempt(email: string, ip: string) {
  const rows = await db
    .insert(loginFailures)
    .values([{ key: accountKey(email) }, { key: addressKey(ip) }])
    .returning({ id: loginFailures.id });
  const since = subMinutes(new Date(), THROTTLE.windowMinutes);
  const [account, address] = await Promise.all([attemptsSince(accountKey(email), since), attemptsSince(addressKey(ip), since)]);
  if (account > THROTTLE.perAccount || address > THROTTLE.perAddress) throw new RateLimitedError("signInBlocked");
  return rows.map((r) => r.id);
}

/** A correct password clears this attempt and the account's earlier failures. */
export async function completeSignInAttempt(email: string, attemptIds: string[]) {
  await db.delete(loginFailures).where(inArray(loginFailures.id, attemptIds));
  await clearAccountFailures(email);
  // Rows far outside the window are useless; pruning on success keeps the table small.
  await db.delete(loginFailures).where(lt(loginFailures.createdAt, subMinutes(new Date(), THROTTLE.windowMinutes * 4)));
}

export async function clearAccountFailures(email: string) {
  await db.delete(loginFailures).where(eq(loginFailures.key, accountKey(email)));
}
