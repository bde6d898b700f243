import "server-only";
import { eq, sql } from "drizzle-orm";
import { maintenanceSchedules, slaPolicies } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { ConflictError } from "@/lib/errors";

/** An SLA or OLA policy counts time in it — any of the org's, seen by the editor or not. */
async function usedBySlaPolicy(t: Tenant, calendarId: string) {
  const org = t.orgWide();
  const [row] = await org.db
    .select({ one: sql`1` })
    .from(slaPolicies)
    .where(org.where(slaPolicies, eq(slaPolicies.calendarId, calendarId)))
    .limit(1);
  return !!row;
}

/** A maintenance schedule moves its visits off the calendar's non-working days. */
async function usedBySchedule(t: Tenant, calendarId: string) {
  const org = t.orgWide();
  const [row] = await org.db
    .select({ one: sql`1` })
    .from(maintenanceSchedules)
    .where(org.where(maintenanceSchedules, eq(maintenanceSchedules.calendarId, calendarId)))
    .limit(1);
  return !!row;
}

/** What refuses deleting a calendar: anything that counts time in it. A new user adds its check here. */
const USAGE_CHECKS: ((t: Tenant, calendarId: string) => Promise<boolean>)[] = [usedBySlaPolicy, usedBySchedule];

export async function assertCalendarUnused(t: Tenant, calendarId: string) {
  for (const inUse of USAGE_CHECKS) if (await inUse(t, calendarId)) throw new ConflictError("calendarInUse");
}
