import "server-only";
import { serviceRecords } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { type CappedCount } from "@/lib/search/count-cap";
import { countUpToCap } from "@/lib/search/count-up-to-cap";
import { serviceFilters } from "./list-service-records";
import { parseServiceQuery } from "./list-params";

/**
 * How many service records the list's filters match, capped. Its own verb because only the page
 * header shows it, fetched apart from the rows so it never delays them.
 */
export async function countServiceRecords(ctx: OrgContext, input: unknown): Promise<CappedCount> {
  requirePermission(ctx, "serviceRecords.view");
  return countUpToCap(ctx.t, serviceRecords, serviceFilters(ctx, parseServiceQuery(input)));
}
