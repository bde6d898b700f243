import "server-only";
import { orgs } from "@/db/schema";

/**
 * The org columns every context is built from (lib/context.ts OrgSummary plus the reference-data
 * version), selected by the member path (load-org-context.ts), each token lookup
 * (lib/auth/token-context.ts) and the jobs' system context (lib/jobs/system-context.ts) alike, so
 * every kind of context carries the same org.
 */
export const orgContextColumns = {
  id: orgs.id,
  slug: orgs.slug,
  name: orgs.name,
  locale: orgs.locale,
  timeZone: orgs.timeZone,
  currency: orgs.currency,
  phoneCountry: orgs.phoneCountry,
  refVersion: orgs.refVersion,
};

/** A row of those columns. */
export type OrgContextRow = Pick<typeof orgs.$inferSelect, keyof typeof orgContextColumns>;
