import "server-only";
import type { Db, DbOrTx } from "@/db/client";
import type { PhoneCountry } from "@/lib/orgs/phone-country";
import type { Actor, MemberActor } from "@/lib/permissions/actor";
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

/**
 * What every verb receives: who acts, in which org, and the org-scoped data access. A member by
 * default — the staff app's verbs use `ctx.actor.userId`; code that any actor may run (the guard,
 * the activity feed, status moves) takes `OrgContext<Actor>`.
 */
export type OrgContext<A extends Actor = MemberActor, D extends DbOrTx = DbOrTx> = {
  org: OrgSummary;
  actor: A;
  t: Tenant<D>;
  /**
   * `orgs.ref_version` as read with the context: cached reference data (picklists, label overrides,
   * members) must be at least this new (lib/cache/reference-cache.ts).
   */
  refVersion: number;
};

/**
 * The one place a tenant is made (tests/unit/structure.test.ts): every path gets its rows through
 * a context. `scope`: which rows below the org the actor reaches (lib/visibility/scope.ts); `ctx.t`
 * applies it. `dbx`: a transaction the context's work must join (a token path locks its token first).
 */
export function makeContext<A extends Actor, D extends DbOrTx = Db>(
  org: OrgSummary,
  actor: A,
  refVersion: number,
  scope?: ActorScope,
  dbx?: D,
): OrgContext<A, D> {
  return { org, actor, t: tenant<D>(org.id, dbx, scope), refVersion };
}
