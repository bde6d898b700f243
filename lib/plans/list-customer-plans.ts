import "server-only";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { servicePlans } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";

const customerPlansSchema = z.object({ customerId: z.uuid({ error: "invalid" }) });

/** A customer's service plans, live ones first (the customer page's section and the contract form's picker). */
export async function listCustomerPlans(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "plans.view");
  const { customerId } = parseInput(customerPlansSchema, input);
  const rows = await ctx.t.db
    .select({
      id: servicePlans.id,
      title: servicePlans.title,
      billingMethod: servicePlans.billingMethod,
      billingPeriod: servicePlans.billingPeriod,
      includedMinutes: servicePlans.includedMinutes,
      archivedAt: servicePlans.archivedAt,
    })
    .from(servicePlans)
    .where(ctx.t.where(servicePlans, eq(servicePlans.customerId, customerId)))
    .orderBy(asc(servicePlans.archivedAt), asc(servicePlans.title))
    .limit(100);
  return rows;
}

export type CustomerPlanRow = Awaited<ReturnType<typeof listCustomerPlans>>[number];
