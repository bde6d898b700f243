import "server-only";
import type { Actor } from "@/lib/permissions/can";
import { tenant, type Tenant } from "@/lib/db/tenant";

export type OrgSummary = {
  id: string;
  slug: string;
  name: string;
  locale: string;
  timeZone: string;
  currency: string;
};

/** What every verb receives: who acts, in which org, and the org-scoped data access. */
export type OrgContext = {
  org: OrgSummary;
  actor: Actor & { name: string; email: string };
  t: Tenant;
};

export function makeContext(org: OrgSummary, actor: OrgContext["actor"]): OrgContext {
  return { org, actor, t: tenant(org.id) };
}
