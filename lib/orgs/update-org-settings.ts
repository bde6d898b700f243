import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { orgs } from "@/db/schema";
import { dropReferenceScope } from "@/lib/cache/reference-cache";
import type { OrgContext } from "@/lib/context";
import { ValidationError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { orgSettingsSchema } from "./schemas";

export async function updateOrgSettings(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "org.settings.update");
  const values = parseInput(orgSettingsSchema, input);
  // Slugs are one namespace across orgs, which the org's own connection cannot see (row-level
  // security): the check reads on the owner connection (0017_rls.sql's allow-list: org resolution).
  const [clash] = await db
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(eq(orgs.slug, values.slug), ne(orgs.id, ctx.org.id)));
  if (clash) throw new ValidationError({ slug: "slugTaken" });
  // orgs is the tenant root: its own id is the org scope.
  await ctx.t.db.update(orgs).set(values).where(eq(orgs.id, ctx.org.id));
  // A new name or slug moved the members' org-list versions (trigger); this instance forgets the
  // writer's own list at once. Other members' lists here reload on their next request's version.
  dropReferenceScope({ kind: "user", id: ctx.actor.userId });
  dropReferenceScope({ kind: "org", id: ctx.org.id });
  return { slug: values.slug };
}
