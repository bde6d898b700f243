import "server-only";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getCalendarInOrgOrThrow } from "./internal";
import { calendarTargetSchema } from "./record-schemas";

export async function getBusinessCalendar(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "businessCalendars.view");
  const { id } = parseInput(calendarTargetSchema, input);
  return getCalendarInOrgOrThrow(ctx.t, id);
}
