import "server-only";
import { businessCalendars } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { clearOtherDefaults } from "./internal";
import { calendarRecordSchema } from "./record-schemas";

export async function createBusinessCalendar(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "businessCalendars.manage");
  const { hours, ...fields } = parseInput(calendarRecordSchema, input);
  return ctx.t.transaction(async (t) => {
    if (fields.isDefault) await clearOtherDefaults(t);
    const [row] = await t.db
      .insert(businessCalendars)
      .values(t.values({ ...fields, week: hours }))
      .returning({ id: businessCalendars.id });
    return { id: row!.id };
  });
}
