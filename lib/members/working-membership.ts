import "server-only";
import { sql } from "drizzle-orm";
import { memberProfiles, memberships } from "@/db/schema";

/**
 * SPEC T8, as one predicate over `memberships`: the member still works for the org. A membership
 * without a profile row is working (an org that never records employment sees no change). Used by
 * everything that must forget an ex-employee: the org context, the org switcher, member pickers,
 * assignment, the last-admin check, sign-in (lib/auth/employment.ts). One primary-key probe of
 * member_profiles per membership row. Plain SQL, so it runs on whichever connection the query uses.
 */
export function isWorkingMembership() {
  return sql`not exists (select 1 from ${memberProfiles} where ${memberProfiles.orgId} = ${memberships.orgId} and ${memberProfiles.userId} = ${memberships.userId} and ${memberProfiles.employmentStatus} <> 'working')`;
}
