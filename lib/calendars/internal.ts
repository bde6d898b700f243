import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { businessCalendars } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { NotFoundError } from "@/lib/errors";

export async function getCalendarInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}) {
  const query = t.db
    .select()
    .from(businessCalendars)
    .where(t.where(businessCalendars, eq(businessCalendars.id, id)));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError("calendar");
  return row;
}

/**
 * One default per org (a partial unique index holds it): making one the default first clears the
 * flag on the others in the same transaction.
 */
export async function clearOtherDefaults(t: Tenant, keepId?: string) {
  await t.db
    .update(businessCalendars)
    .set({ isDefault: false })
    .where(t.where(businessCalendars, and(eq(businessCalendars.isDefault, true), keepId ? ne(businessCalendars.id, keepId) : undefined)));
}
