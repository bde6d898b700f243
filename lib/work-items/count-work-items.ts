import "server-only";
import { workItems } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { type CappedCount } from "@/lib/search/count-cap";
import { countUpToCap } from "@/lib/search/count-up-to-cap";
import { workFilters } from "./list-work-items";
import { parseWorkQuery } from "./list-params";

/** How many tasks and issues the list's filters match, capped; only the page header asks for it. */
export async function countWorkItems(ctx: OrgContext, input: unknown): Promise<CappedCount> {
  requirePermission(ctx, "tasks.view");
  return countUpToCap(ctx.t, workItems, workFilters(ctx, parseWorkQuery(input)));
}
