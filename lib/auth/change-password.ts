import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { CurrentUser } from "./current-user";
import { assertAcceptablePassword, hashPassword, verifyPassword } from "./password";
import { changePasswordSchema } from "./schemas";
import { revokeAllSessions } from "./sessions";

/** Ends every session of the user, this one included; the caller signs the user in again. */
export async function changePassword(user: CurrentUser, input: unknown) {
  const values = parseInput(changePasswordSchema, input);
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!row) throw new NotFoundError("user");
  if (!(await verifyPassword(row.passwordHash, values.current))) throw new ValidationError({ current: "wrongPassword" });
  assertAcceptablePassword(values.password);
  const passwordHash = await hashPassword(values.password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await revokeAllSessions(user.id, tx);
  });
}
