import "server-only";
import { eq } from "drizzle-orm";
import { memberships } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";

/**
 * Who hears of a contract's milestones and renewals (SPEC K1): the customer's sales rep and the
 * org's admins. Org only: the admins are addressed by role, whoever runs the job; notify() skips
 * anyone who no longer works for the org.
 */
export async function contractRecipients(t: Tenant, salesRepId: string | null) {
  const admins = await t.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(t.whereInOrg(memberships, eq(memberships.role, "admin")));
  return [...new Set([...(salesRepId ? [salesRepId] : []), ...admins.map((a) => a.userId)])];
}
