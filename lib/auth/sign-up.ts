import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { createOrgWithAdmin } from "@/lib/orgs/create-org";
import { parseInput } from "@/lib/validation";
import { assertAcceptablePassword, hashPassword } from "./password";
import { signUpSchema } from "./schemas";

/** Creates the user and their first organisation, of which they are the admin (SPEC T1/T2). */
export async function signUp(input: unknown, locale: Locale) {
  const values = parseInput(signUpSchema, input);
  assertAcceptablePassword(values.password);
  const passwordHash = await hashPassword(values.password);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, values.email));
    if (taken) throw new ValidationError({ email: "emailTaken" });
    const [user] = await tx.insert(users).values({ email: values.email, name: values.name, passwordHash, locale }).returning({ id: users.id });
    const org = await createOrgWithAdmin(tx, { userId: user!.id, name: values.orgName, locale });
    return { userId: user!.id, orgSlug: org.slug, email: values.email };
  });
}
