import "server-only";
import { and, eq } from "drizzle-orm";
import { businessCalendars, customerTechnicians } from "@/db/schema";
import type { BusinessCalendar } from "@/lib/calendars/schemas";
import type { Tenant } from "@/lib/db/tenant";
import { toBusinessCalendar } from "@/lib/sla/internal";

// Steps the dispatch verbs run after their own guard.

/** The org's default business calendar: the board's time axis and the "outside hours" warning. */
export async function loadDefaultCalendar(t: Tenant): Promise<BusinessCalendar | null> {
  // Calendars are org settings, not scoped rows.
  const [row] = await t.db
    .select()
    .from(businessCalendars)
    .where(t.whereInOrg(businessCalendars, eq(businessCalendars.isDefault, true)));
  return row ? toBusinessCalendar(row) : null;
}

/**
 * SPEC T5: whether the customer names authorised technicians and `userId` is not one of them. A
 * customer without any accepts everyone. Read org-wide: the planner may not see the technician list,
 * yet the warning is about the data, not about what the planner sees.
 */
export async function isNotAuthorised(t: Tenant, customerId: string | null, userId: string) {
  if (!customerId) return false;
  const rows = await t.db
    .select({ userId: customerTechnicians.userId })
    .from(customerTechnicians)
    .where(t.whereInOrg(customerTechnicians, and(eq(customerTechnicians.customerId, customerId))));
  return rows.length > 0 && !rows.some((r) => r.userId === userId);
}
