import "server-only";
import type { PhoneCountry } from "@/lib/orgs/phone-country";
import type { Actor } from "@/lib/permissions/can";
import { tenant, type Tenant } from "@/lib/db/tenant";
import type { ActorScope } from "@/lib/visibility/scope";

export type OrgSummary = {
  id: string;
  slug: string;
  name: string;
  locale: string;
  timeZone: string;
  currency: string;
  /** Country of numbers typed without a +country code; null: they must carry one. */
  phoneCountry: PhoneCountry | null;
};

/** What every verb receives: who acts, in which org, and the org-scoped data access. */
export type OrgContext = {
  org: OrgSummary;
  actor: Actor & { name: string; email: string };
  t: Tenant;
  /**
   * `orgs.ref_version` as read with the context: cached reference data (picklists, label overrides,
   * members) must be at least this new (lib/cache/reference-cache.ts).
   */
  refVersion: number;
};

/** `scope`: which rows below the org the actor reaches (lib/visibility/scope.ts); `ctx.t` applies it. */
export function makeContext(org: OrgSummary, actor: OrgContext["actor"], refVersion: number, scope?: ActorScope): OrgContext {
  return { org, actor, t: tenant(org.id, undefined, scope), refVersion };
}
