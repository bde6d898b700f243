import "server-only";
import { and, eq, isNull, lt } from "drizzle-orm";
import { planLedgerEntries, planPeriods } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { todayIn } from "@/lib/contracts/today";
import { ConflictError, ValidationError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { ensurePeriod, getPlanInOrgOrThrow, ledgerRowsOf } from "./internal";
import { closingMovements, periodAfter, periodOf, periodTotals, type PeriodHistory } from "./ledger";
import { closePeriodSchema } from "./schemas";

/**
 * Manage: invoices a period and freezes it. In one transaction: the overage to invoice (an
 * `overage` row with its cost), the unused minutes that expire (`expiry`), the minutes carried
 * into the next period (`carry_in` there) — then `closed_at`, after which the database refuses
 * any row into, or change to, this period. Periods close in order, so each carry follows the
 * one before. A plan that warns on overtime needs `override` to close with overage.
 */
export async function closePlanPeriod(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "plans.closePeriod");
  const { planId, periodStart, override } = parseInput(closePeriodSchema, input);
  return ctx.t.transaction(async (t) => {
    const plan = await getPlanInOrgOrThrow(t, planId, { lock: true });
    const period = periodOf(plan, periodStart);
    if (!period || period.start !== periodStart) throw new ValidationError({ periodStart: "invalid" });
    if (period.start > todayIn(ctx.org.timeZone, now())) throw new ConflictError("planPeriodNotStarted");
    await ensurePeriod(t, plan, period, ctx.actor.userId);
    const [row] = await t.db
      .select({ closedAt: planPeriods.closedAt })
      .from(planPeriods)
      .where(t.where(planPeriods, eq(planPeriods.planId, planId), eq(planPeriods.startsOn, periodStart)))
      .for("update");
    if (row?.closedAt) throw new ConflictError("planPeriodClosed");
    const [earlierOpen] = await t.db
      .select({ startsOn: planPeriods.startsOn })
      .from(planPeriods)
      .where(t.where(planPeriods, eq(planPeriods.planId, planId), lt(planPeriods.startsOn, periodStart), isNull(planPeriods.closedAt)))
      .limit(1);
    if (earlierOpen) throw new ConflictError("planEarlierPeriodOpen");

    const rows = await ledgerRowsOf(t, planId);
    const history: PeriodHistory[] = [];
    for (const r of rows.filter((x) => x.periodStart <= periodStart)) {
      if (history.at(-1)?.start !== r.periodStart) history.push({ start: r.periodStart, rows: [] });
      history.at(-1)!.rows.push(r);
    }
    const totals = periodTotals(history.at(-1)?.start === periodStart ? history.at(-1)!.rows : [], plan);
    if (totals.needsOverride && !override) throw new ConflictError("planOverageNeedsOverride");
    const moves = closingMovements(plan, history.at(-1)?.start === periodStart ? history : [...history, { start: periodStart, rows: [] }]);
    const actorId = ctx.actor.userId;
    if (moves.overageMinutes > 0)
      await t.db.insert(planLedgerEntries).values(
        t.values({
          planId,
          periodStart,
          kind: "overage" as const,
          minutes: moves.overageMinutes,
          amount: moves.overageCost.toFixed(2),
          actorId,
          reason: override ? "override" : null,
        }),
      );
    if (moves.expiredMinutes > 0)
      await t.db
        .insert(planLedgerEntries)
        .values(t.values({ planId, periodStart, kind: "expiry" as const, minutes: -moves.expiredMinutes, actorId }));
    await t.db
      .update(planPeriods)
      .set({ closedAt: now(), closedById: actorId })
      .where(t.where(planPeriods, and(eq(planPeriods.planId, planId), eq(planPeriods.startsOn, periodStart))));
    if (moves.carriedMinutes > 0) {
      const next = periodAfter(plan, period);
      await ensurePeriod(t, plan, next, actorId);
      await t.db
        .insert(planLedgerEntries)
        .values(t.values({ planId, periodStart: next.start, kind: "carry_in" as const, minutes: moves.carriedMinutes, actorId }));
    }
    await recordActivity(ctx, t, {
      kind: "plan.periodClosed",
      entityId: planId,
      customerId: plan.customerId,
      summary: `${plan.title} ${period.start} – ${period.end}`,
    });
    return { planId, periodStart, ...moves };
  });
}
