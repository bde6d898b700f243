import "server-only";
import { addMinutes } from "date-fns";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { passwordResets, users } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { renderLinkEmail } from "@/lib/email/render-email";
import { appUrl } from "@/lib/http/app-url";
import type { Locale } from "@/lib/i18n/locales";
import { parseInput } from "@/lib/validation";
import { forgotPasswordSchema } from "./schemas";
import { newToken } from "./tokens";

export const RESET_MINUTES = 60;

/** Always answers the same way, so the form does not reveal which addresses have accounts. */
export async function requestPasswordReset(input: unknown, locale: Locale) {
  const { email } = parseInput(forgotPasswordSchema, input);
  const [user] = await db
    .select({ id: users.id, locale: users.locale })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.deactivatedAt)));
  if (!user) return;
  const { token, tokenHash } = newToken();
  const rendered = await renderLinkEmail({
    kind: "passwordReset",
    locale: user.locale ?? locale,
    url: appUrl(`/reset-password/${token}`),
    values: { minutes: RESET_MINUTES },
  });
  await db.transaction(async (tx) => {
    // Only the newest link works.
    await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    await tx.insert(passwordResets).values({ userId: user.id, tokenHash, expiresAt: addMinutes(new Date(), RESET_MINUTES) });
    await enqueueEmail(tx, { ...rendered, to: email });
  });
}
