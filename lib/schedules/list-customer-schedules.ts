import "server-only";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { maintenanceSchedules } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";

const customerSchedulesSchema = z.object({ customerId: z.uuid({ error: "invalid" }) });

/** A customer's maintenance schedules, for the customer page's section. */
export async function listCustomerSchedules(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "schedules.view");
  const { customerId } = parseInput(customerSchedulesSchema, input);
  const t = ctx.t;
  const s = maintenanceSchedules;
  return t.db
    .select({
      id: s.id,
      title: s.title,
      rrule: s.rrule,
      holidayMove: s.holidayMove,
      pausedAt: s.pausedAt,
      nextDueAt: s.nextDueAt,
      leadDays: s.leadDays,
    })
    .from(s)
    .where(t.where(s, eq(s.customerId, customerId)))
    .orderBy(asc(s.title), asc(s.id))
    .limit(100);
}

export type CustomerScheduleRow = Awaited<ReturnType<typeof listCustomerSchedules>>[number];
