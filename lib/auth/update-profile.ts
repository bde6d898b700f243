import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { LOCALES } from "@/lib/i18n/locales";
import { parseInput } from "@/lib/validation";
import type { CurrentUser } from "./current-user";
import { profileSchema } from "./schemas";

export async function updateProfile(user: CurrentUser, input: unknown) {
  const values = parseInput(profileSchema, input);
  await db.update(users).set(values).where(eq(users.id, user.id));
}

export async function setUserLocale(user: CurrentUser, locale: unknown) {
  const value = parseInput(z.enum(LOCALES), locale);
  await db.update(users).set({ locale: value }).where(eq(users.id, user.id));
}
