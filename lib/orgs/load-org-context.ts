import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { memberships, orgs, users } from "@/db/schema";
import { noteReferenceVersion } from "@/lib/cache/reference-cache";
import { makeContext, type OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { asPhoneCountry } from "./phone-country";

/**
 * Resolves the acting member of an org from the membership row. A user who is not a member gets
 * NotFound, so org slugs of other tenants are indistinguishable from ones that do not exist.
 */
export async function loadOrgContext(userId: string, slug: string): Promise<OrgContext> {
  const [row] = await db
    .select({
      id: orgs.id,
      slug: orgs.slug,
      name: orgs.name,
      locale: orgs.locale,
      timeZone: orgs.timeZone,
      currency: orgs.currency,
      phoneCountry: orgs.phoneCountry,
      refVersion: orgs.refVersion,
      role: memberships.role,
      level: memberships.level,
      userName: users.name,
      email: users.email,
    })
    .from(memberships)
    .innerJoin(orgs, eq(orgs.id, memberships.orgId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(orgs.slug, slug), eq(memberships.userId, userId)));
  if (!row) throw new NotFoundError("org");
  const { role, level, userName, email, phoneCountry, refVersion, ...org } = row;
  noteReferenceVersion({ kind: "org", id: org.id }, refVersion);
  return makeContext({ ...org, phoneCountry: asPhoneCountry(phoneCountry) }, { userId, role, level, name: userName, email }, refVersion);
}
