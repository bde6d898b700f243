import "server-only";
import { maintenanceSchedules } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { type CappedCount } from "@/lib/search/count-cap";
import { countUpToCap } from "@/lib/search/count-up-to-cap";
import { parseScheduleQuery } from "./list-params";
import { scheduleFilters } from "./list-schedules";

/** How many schedules the list's filters match, capped; only the page header asks for it. */
export async function countSchedules(ctx: OrgContext, input: unknown): Promise<CappedCount> {
  requirePermission(ctx, "schedules.view");
  return countUpToCap(ctx.t, maintenanceSchedules, scheduleFilters(parseScheduleQuery(input)));
}
