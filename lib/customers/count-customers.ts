import "server-only";
import { customers } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { type CappedCount } from "@/lib/search/count-cap";
import { countUpToCap } from "@/lib/search/count-up-to-cap";
import { customerFilters } from "./list-customers";
import { parseCustomerQuery } from "./list-params";

/**
 * How many customers the list's filters match, capped. Its own verb because only the page header
 * shows it: a search costs ~5 ms more with it, which the picker and the list's data paths (next
 * page, search as you type) must not pay. The header fetches it apart from the rows.
 */
export async function countCustomers(ctx: OrgContext, input: unknown): Promise<CappedCount> {
  requirePermission(ctx, "customers.view");
  return countUpToCap(ctx.t, customers, customerFilters(ctx, parseCustomerQuery(input)));
}
