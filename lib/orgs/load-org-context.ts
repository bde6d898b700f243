import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, preparedOnOwner } from "@/db/client";
import { memberProfiles, memberships, orgs, positionScopes, users } from "@/db/schema";
import { noteReferenceVersion } from "@/lib/cache/reference-cache";
import { makeContext, type OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { isWorkingMembership } from "@/lib/members/working-membership";
import { loadDepartmentPeople } from "@/lib/visibility/load-department-people";
import { scopeFor, scopeRules } from "@/lib/visibility/scope";
import { orgContextColumns } from "./org-columns";
import { asPhoneCountry } from "./phone-country";

/**
 * Resolves the acting member of an org from the membership row. A user who is not a member gets
 * NotFound, so org slugs of other tenants are indistinguishable from ones that do not exist.
 * The actor's scope (who sees what below the org) is resolved here too, once per request: from the
 * same query, plus one recursive lookup of the department's people for a manager's scope.
 */
export async function loadOrgContext(userId: string, slug: string): Promise<OrgContext> {
  const [row] = await actingMember().execute({ slug, userId });
  if (!row) throw new NotFoundError("org");
  const { role, level, userName, email, phoneCountry, refVersion, position, technician, partnerCustomerId, readScope, writeScope, ...org } = row;
  noteReferenceVersion({ kind: "org", id: org.id }, refVersion);
  const facts = {
    userId,
    role,
    position,
    technician: technician ?? false,
    partnerCustomerId,
    configured: readScope && writeScope ? { read: readScope, write: writeScope } : null,
  };
  const rules = scopeRules(facts);
  const people = rules.read === "department" || rules.write === "department" ? await loadDepartmentPeople(db, org.id, userId) : [];
  const scope = { read: scopeFor(rules.read, facts, people), write: scopeFor(rules.write, facts, people) };
  return makeContext(
    { ...org, phoneCountry: asPhoneCountry(phoneCountry) },
    { kind: "member", userId, role, level, name: userName, email },
    refVersion,
    scope,
  );
}

/** The acting member's row: membership, org, profile and position scopes in one query. */
const actingMember = preparedOnOwner((owner) =>
  owner
    .select({
      ...orgContextColumns,
      role: memberships.role,
      level: memberships.level,
      userName: users.name,
      email: users.email,
      position: memberProfiles.position,
      technician: memberProfiles.technician,
      partnerCustomerId: memberProfiles.partnerCustomerId,
      readScope: positionScopes.readScope,
      writeScope: positionScopes.writeScope,
    })
    .from(memberships)
    .innerJoin(orgs, eq(orgs.id, memberships.orgId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(memberProfiles, and(eq(memberProfiles.orgId, memberships.orgId), eq(memberProfiles.userId, memberships.userId)))
    .leftJoin(positionScopes, and(eq(positionScopes.orgId, memberships.orgId), eq(positionScopes.position, memberProfiles.position)))
    // A dismissed or resigned member (SPEC T8) gets the same NotFound as a stranger.
    .where(and(eq(orgs.slug, sql.placeholder("slug")), eq(memberships.userId, sql.placeholder("userId")), isWorkingMembership()))
    .prepare("acting_member"),
);
