import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { dropReferenceScope } from "@/lib/cache/reference-cache";
import { LOCALES } from "@/lib/i18n/locales";
import { parseInput } from "@/lib/validation";
import type { CurrentUser } from "./current-user";
import { profileSchema } from "./schemas";

export async function updateProfile(user: CurrentUser, input: unknown) {
  const values = parseInput(profileSchema, input);
  await db.update(users).set(values).where(eq(users.id, user.id));
  if (values.name === user.name) return;
  // Member pickers show names: a trigger moved the version of every org the user belongs to, for
  // every instance; this instance also forgets its copies at once.
  const orgIds = await db.select({ id: memberships.orgId }).from(memberships).where(eq(memberships.userId, user.id));
  for (const { id } of orgIds) dropReferenceScope({ kind: "org", id });
}

export async function setUserLocale(user: CurrentUser, locale: unknown) {
  const value = parseInput(z.enum(LOCALES), locale);
  await db.update(users).set({ locale: value }).where(eq(users.id, user.id));
}
