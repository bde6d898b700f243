import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { EmploymentEndedError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { signInSchema } from "./schemas";
import { hasWorkingMembership } from "./employment";
import { verifyPassword } from "./password";
import { beginSignInAttempt, completeSignInAttempt } from "./throttle";

/**
 * Unknown e-mail, wrong password and deactivated account all return null after the same argon2
 * work, so the caller shows one generic message. Throws RateLimitedError when throttled, and
 * EmploymentEndedError for the right password of someone no org employs any more (SPEC T8).
 */
export async function verifyCredentials(input: { email: unknown; password: unknown; ip: string }) {
  const { email, password } = parseInput(signInSchema, input);
  const attempt = await beginSignInAttempt(email, input.ip);
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  // A failed attempt stays recorded as a failure by beginSignInAttempt.
  if (!user || !ok || user.deactivatedAt) return null;
  await completeSignInAttempt(email, input.ip, attempt);
  // After the throttle and the password: a dismissed or resigned user learns why, nobody else does.
  if ((await hasWorkingMembership(user.id)) === false) throw new EmploymentEndedError();
  return { id: user.id, email: user.email, name: user.name };
}
