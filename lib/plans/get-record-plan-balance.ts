import "server-only";
import { z } from "zod";
import type { OrgContext } from "@/lib/context";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { parseInput } from "@/lib/validation";
import { recordPlanBalance } from "./record-plan-balance";

const recordTargetSchema = z.object({ recordId: z.uuid({ error: "invalid" }) });

/**
 * The service record page's plan card: the plan the record draws on today, the minutes this
 * record has used of it (its rows in every period) and the balance of the current period. Null
 * when the record draws on no plan, or the actor may not see plans.
 */
export async function getRecordPlanBalance(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.view");
  const { recordId } = parseInput(recordTargetSchema, input);
  await getServiceRecordInOrgOrThrow(ctx.t, recordId);
  if (!can(ctx.actor, "plans.view")) return null;
  const balance = await recordPlanBalance(ctx.t, recordId, ctx.org.timeZone);
  if (!balance) return null;
  const { plan, period, recordUsed, totals } = balance;
  return {
    planId: plan.id,
    title: plan.title,
    period,
    recordUsed,
    totals,
    /** K2 options: what a technician may add to this record's work on the plan (addPlanWork). */
    allows: { time: plan.techMayAddTime, cost: plan.techMayAddCost },
  };
}

export type RecordPlanBalance = Awaited<ReturnType<typeof getRecordPlanBalance>>;
