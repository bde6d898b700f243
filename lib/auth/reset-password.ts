import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { passwordResets, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertAcceptablePassword, hashPassword } from "./password";
import { resetPasswordSchema } from "./schemas";
import { revokeAllSessions } from "./sessions";
import { clearAccountFailures } from "./throttle";
import { hashToken } from "./tokens";

export async function resetPassword(input: unknown) {
  const values = parseInput(resetPasswordSchema, input);
  assertAcceptablePassword(values.password);
  const passwordHash = await hashPassword(values.password);
  const email = await db.transaction(async (tx) => {
    const [reset] = await tx
      .select({
        id: passwordResets.id,
        userId: passwordResets.userId,
        expiresAt: passwordResets.expiresAt,
        usedAt: passwordResets.usedAt,
        email: users.email,
      })
      .from(passwordResets)
      .innerJoin(users, eq(users.id, passwordResets.userId))
      .where(eq(passwordResets.tokenHash, hashToken(values.token)))
      .for("update", { of: passwordResets });
    if (!reset) throw new AppError("reset.unknown");
    if (reset.usedAt) throw new AppError("reset.used");
    const at = now();
    if (reset.expiresAt.getTime() < at.getTime()) throw new AppError("reset.expired");
    await tx.update(passwordResets).set({ usedAt: at }).where(eq(passwordResets.id, reset.id));
    await tx.update(users).set({ passwordHash }).where(eq(users.id, reset.userId));
    await revokeAllSessions(reset.userId, tx);
    return reset.email;
  });
  await clearAccountFailures(email);
  return { email };
}
