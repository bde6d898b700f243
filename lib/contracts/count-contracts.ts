import "server-only";
import { contracts } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { type CappedCount } from "@/lib/search/count-cap";
import { countUpToCap } from "@/lib/search/count-up-to-cap";
import { contractFilters } from "./list-contracts";
import { parseContractQuery } from "./list-params";
import { todayIn } from "./state-sql";

/** How many contracts the list's filters match, capped; only the page header asks for it. */
export async function countContracts(ctx: OrgContext, input: unknown): Promise<CappedCount> {
  requirePermission(ctx, "contracts.view");
  return countUpToCap(ctx.t, contracts, contractFilters(ctx, parseContractQuery(input), todayIn(ctx.org.timeZone, now())));
}
