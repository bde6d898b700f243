import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { orgs } from "@/db/schema";
import { makeContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { orgContextColumns } from "@/lib/orgs/org-columns";
import { asPhoneCountry } from "@/lib/orgs/phone-country";
import type { SystemContext } from "./define-job";

/**
 * A job's context for one org: the job as the actor (the guard grants it SYSTEM_GRANTS,
 * lib/permissions/token-grants.ts), the whole org as its scope, and the org's connection under
 * row-level security like any member's. Reads the org row with the owner's connection because no
 * org is set yet: that is what this lookup is for.
 */
export async function systemContext(orgId: string, job: string): Promise<SystemContext> {
  const [row] = await db.select(orgContextColumns).from(orgs).where(eq(orgs.id, orgId));
  if (!row) throw new NotFoundError("org");
  const { refVersion, phoneCountry, ...org } = row;
  return makeContext({ ...org, phoneCountry: asPhoneCountry(phoneCountry) }, { kind: "system", job }, refVersion);
}
