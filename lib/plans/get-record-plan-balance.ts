import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { planLedgerEntries } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { todayIn } from "@/lib/contracts/today";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { parseInput } from "@/lib/validation";
import { periodOf, periodTotals } from "./ledger";
import { candidatePlansOf, planForDate } from "./record-plan";

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
  const t = ctx.t;
  const today = todayIn(ctx.org.timeZone, now());
  const plan = planForDate(await candidatePlansOf(t, recordId), today, ctx.org.timeZone);
  if (!plan) return null;
  const rows = await t.db
    .select()
    .from(planLedgerEntries)
    .where(t.where(planLedgerEntries, eq(planLedgerEntries.planId, plan.id)));
  const current = periodOf(plan, today)!;
  const totals = periodTotals(
    rows.filter((r) => r.periodStart === current.start),
    plan,
  );
  const recordUsed = -rows
    .filter((r) => r.recordId === recordId && (r.kind === "consumption" || r.kind === "addition" || r.kind === "adjustment"))
    .reduce((s, r) => s + r.minutes, 0);
  return {
    planId: plan.id,
    title: plan.title,
    period: current,
    recordUsed,
    totals,
    /** K2 options: what a technician may add to this record's work on the plan (addPlanWork). */
    allows: { time: plan.techMayAddTime, cost: plan.techMayAddCost },
  };
}

export type RecordPlanBalance = Awaited<ReturnType<typeof getRecordPlanBalance>>;
