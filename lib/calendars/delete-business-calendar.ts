import "server-only";
import { eq } from "drizzle-orm";
import { businessCalendars } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertCalendarUnused } from "./calendar-usage";
import { getCalendarInOrgOrThrow } from "./internal";
import { calendarTargetSchema } from "./record-schemas";

/** Refused for the default (make another the default first) and for a calendar something counts time in. */
export async function deleteBusinessCalendar(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "businessCalendars.manage");
  const { id } = parseInput(calendarTargetSchema, input);
  await ctx.t.transaction(async (t) => {
    const current = await getCalendarInOrgOrThrow(t, id, { lock: true });
    if (current.isDefault) throw new ConflictError("defaultCalendar");
    await assertCalendarUnused(t, id);
    await t.db.delete(businessCalendars).where(t.where(businessCalendars, eq(businessCalendars.id, id)));
  });
}
