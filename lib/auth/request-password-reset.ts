import "server-only";
import { addMinutes } from "date-fns";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { passwordResets, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { renderLinkEmail } from "@/lib/email/render-email";
import { appUrl } from "@/lib/http/app-url";
import type { Locale } from "@/lib/i18n/locales";
import { parseInput } from "@/lib/validation";
import { recordAttemptOrThrow } from "./record-attempt";
import { forgotPasswordSchema } from "./schemas";
import { newToken } from "./tokens";

export const RESET_MINUTES = 60;

/**
 * Each request sends an e-mail, so requests are limited per address typed (a mailbox is not
 * flooded) and per client address (one client cannot flood many mailboxes). Both count unknown
 * addresses exactly like known ones, so the limit reveals nothing either.
 */
export const RESET_LIMITS = {
  account: { max: 3, windowMinutes: 60 },
  address: { max: 10, windowMinutes: 60 },
} as const;

// No user has this id; the unknown-address path runs the same update against it.
const NOBODY = "00000000-0000-0000-0000-000000000000";

/**
 * Always answers the same way, so the form does not reveal which addresses have accounts. Both
 * paths do the same work — token, rendered e-mail, the same transaction — and only a known,
 * active account gets its link stored and its e-mail enqueued, so the answer time does not tell
 * either (SPEC: no account enumeration).
 */
export async function requestPasswordReset(input: unknown, request: { locale: Locale; ip: string }) {
  const { email } = parseInput(forgotPasswordSchema, input);
  await recordAttemptOrThrow(
    [
      { key: `reset:${email}`, ...RESET_LIMITS.account },
      { key: `reset-ip:${request.ip}`, ...RESET_LIMITS.address },
    ],
    "passwordResetLimited",
  );
  const [user] = await db
    .select({ id: users.id, locale: users.locale })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.deactivatedAt)));
  const { token, tokenHash } = newToken();
  const rendered = await renderLinkEmail({
    kind: "passwordReset",
    locale: user?.locale ?? request.locale,
    url: appUrl(`/reset-password/${token}`),
    values: { minutes: RESET_MINUTES },
  });
  await db.transaction(async (tx) => {
    // Only the newest link works.
    await tx
      .update(passwordResets)
      .set({ usedAt: now() })
      .where(and(eq(passwordResets.userId, user?.id ?? NOBODY), isNull(passwordResets.usedAt)));
    if (!user) return;
    await tx.insert(passwordResets).values({ userId: user.id, tokenHash, expiresAt: addMinutes(now(), RESET_MINUTES) });
    await enqueueEmail(tx, { ...rendered, to: email });
  });
}
