import "server-only";
import { asc, desc } from "drizzle-orm";
import { businessCalendars } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";

/** The org's calendars, the default first. */
export async function listBusinessCalendars(ctx: OrgContext) {
  requirePermission(ctx, "businessCalendars.view");
  return ctx.t.db
    .select()
    .from(businessCalendars)
    .where(ctx.t.where(businessCalendars))
    .orderBy(desc(businessCalendars.isDefault), asc(businessCalendars.name));
}
