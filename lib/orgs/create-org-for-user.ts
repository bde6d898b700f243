import "server-only";
import { db } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { dropReferenceScope } from "@/lib/cache/reference-cache";
import type { Locale } from "@/lib/i18n/locales";
import { parseInput } from "@/lib/validation";
import { createOrgWithAdmin } from "./create-org";
import { newOrgSchema } from "./schemas";

/** Any signed-in user may start another organisation; they become its admin. */
export async function createOrgForUser(user: CurrentUser, input: unknown, locale: Locale) {
  const { name } = parseInput(newOrgSchema, input);
  const org = await db.transaction((tx) => createOrgWithAdmin(tx, { userId: user.id, name, locale }));
  // A trigger moved the user's org-list version; this instance forgets its copy at once too.
  dropReferenceScope({ kind: "user", id: user.id });
  return org;
}
