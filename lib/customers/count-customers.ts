import "server-only";
import { count } from "drizzle-orm";
import { customers } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { customerFilters, parseCustomerQuery } from "./list-customers";

/** Counting stops here: "1,000+" is shown instead of counting every row. */
export const COUNT_CAP = 1000;

/**
 * How many customers the list's filters match, capped at COUNT_CAP. Its own verb because only the
 * page header shows it: a search costs ~5 ms more with it, which the picker and the list's data
 * paths (next page, search as you type) must not pay.
 */
export async function countCustomers(ctx: OrgContext, input: unknown): Promise<number | `${typeof COUNT_CAP}+`> {
  requirePermission(ctx, "customers.view");
  const query = parseCustomerQuery(input);
  const [counted] = await ctx.t.db
    .select({ n: count() })
    .from(
      ctx.t.db
        .select({ id: customers.id })
        .from(customers)
        .where(ctx.t.where(customers, ...customerFilters(ctx, query)))
        .limit(COUNT_CAP + 1)
        .as("capped"),
    );
  const total = counted?.n ?? 0;
  return total > COUNT_CAP ? `${COUNT_CAP}+` : total;
}
