import { randomUUID } from "node:crypto";
import { db } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { signUp } from "@/lib/auth/sign-up";
import { hashPassword } from "@/lib/auth/password";
import { getOrgSettings } from "@/lib/orgs/get-org-settings";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import type { PhoneCountry } from "@/lib/orgs/phone-country";
import { updateOrgSettings } from "@/lib/orgs/update-org-settings";
import type { Level } from "@/lib/permissions/levels";

export const PASSWORD = "Kiraz-Agaci-2026";

export function uniqueEmail(prefix = "user") {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

/**
 * A fresh org with its admin, through the real sign-up verb. An English org has no phone country
 * (numbers need their +country code); `phoneCountry` sets one through the settings verb.
 */
export async function createOrg(name = "Test Org", options: { phoneCountry?: PhoneCountry } = {}) {
  const email = uniqueEmail("admin");
  const created = await signUp({ name: "Admin", email, password: PASSWORD, orgName: name }, "en");
  let ctx = await loadOrgContext(created.userId, created.orgSlug);
  if (options.phoneCountry) {
    await updateOrgSettings(ctx, { ...getOrgSettings(ctx), phoneCountry: options.phoneCountry });
    ctx = await loadOrgContext(created.userId, created.orgSlug);
  }
  return { ...created, ctx, orgId: ctx.org.id };
}

let passwordHash: Promise<string> | undefined;

/** A user who is a member of the org at the given level. */
export async function addMember(org: { orgId: string; orgSlug: string }, level: Level, role: "admin" | "member" = "member") {
  passwordHash ??= hashPassword(PASSWORD);
  const email = uniqueEmail(level);
  const [user] = await db
    .insert(users)
    .values({ email, name: `User ${level}`, passwordHash: await passwordHash })
    .returning({ id: users.id });
  await db.insert(memberships).values({ orgId: org.orgId, userId: user!.id, role, level: role === "admin" ? "manage" : level });
  return { userId: user!.id, email, ctx: await loadOrgContext(user!.id, org.orgSlug) };
}
