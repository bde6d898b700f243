import "server-only";
import { and, asc, eq, gte, inArray, lte } from "drizzle-orm";
import { customers, planLedgerEntries, planPeriods, servicePlans } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { periodTotals } from "@/lib/plans/ledger";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { OVERAGE_REPORT_CAP, overageReportSchema } from "./overage-report-schema";

/**
 * Issue 12 item 3, "overage to invoice": per plan period starting in the range, per plan and
 * customer, the period's included, carried-in, used and overage minutes and the overage amount —
 * the ledger's own period totals (periodTotals, the plan page's figures), so every number is a sum
 * of rows the plan page lists. The amount is at the plan's overtime rate, nothing for a plan that
 * allows overtime without charge. Plans come through the actor's read scope (a plan follows its
 * customer); periods and rows are read through the plans found.
 */
export async function overageReport(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "reports.view");
  const range = parseInput(overageReportSchema, input);
  const t = ctx.t;
  const plans = await t.db
    .select({
      id: servicePlans.id,
      title: servicePlans.title,
      customerId: servicePlans.customerId,
      customerName: customers.name,
      overtimeBehaviour: servicePlans.overtimeBehaviour,
      overtimeRate: servicePlans.overtimeRate,
      hourlyRate: servicePlans.hourlyRate,
    })
    .from(servicePlans)
    .leftJoin(customers, t.where(customers, eq(customers.id, servicePlans.customerId)))
    .where(t.where(servicePlans));
  if (plans.length === 0) return { range, rows: [], total: null, truncated: false };
  const planIds = plans.map((p) => p.id);
  const periods = await t.db
    .select({ planId: planPeriods.planId, start: planPeriods.startsOn, end: planPeriods.endsOn, closedAt: planPeriods.closedAt })
    .from(planPeriods)
    .where(t.where(planPeriods, inArray(planPeriods.planId, planIds), gte(planPeriods.startsOn, range.from), lte(planPeriods.startsOn, range.to)))
    .orderBy(asc(planPeriods.startsOn), asc(planPeriods.planId))
    .limit(OVERAGE_REPORT_CAP + 1);
  const truncated = periods.length > OVERAGE_REPORT_CAP;
  const shown = periods.slice(0, OVERAGE_REPORT_CAP);
  const lines =
    shown.length === 0
      ? []
      : await t.db
          .select({
            planId: planLedgerEntries.planId,
            periodStart: planLedgerEntries.periodStart,
            kind: planLedgerEntries.kind,
            minutes: planLedgerEntries.minutes,
            amount: planLedgerEntries.amount,
            recordId: planLedgerEntries.recordId,
            technicianId: planLedgerEntries.technicianId,
            workDate: planLedgerEntries.workDate,
          })
          .from(planLedgerEntries)
          .where(
            t.where(
              planLedgerEntries,
              and(
                inArray(planLedgerEntries.planId, [...new Set(shown.map((p) => p.planId))]),
                gte(planLedgerEntries.periodStart, range.from),
                lte(planLedgerEntries.periodStart, range.to),
              ),
            ),
          );
  const byPeriod = new Map<string, typeof lines>();
  for (const line of lines) {
    const key = `${line.planId} ${line.periodStart}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), line]);
  }
  const planById = new Map(plans.map((p) => [p.id, p]));
  const rows = shown
    .map((period) => {
      const plan = planById.get(period.planId)!;
      const totals = periodTotals(byPeriod.get(`${period.planId} ${period.start}`) ?? [], plan);
      return {
        key: `${period.planId} ${period.start}`,
        planId: plan.id,
        planTitle: plan.title,
        customerId: plan.customerId,
        customerName: plan.customerName,
        periodStart: period.start,
        periodEnd: period.end,
        closed: period.closedAt !== null,
        overtimeBehaviour: plan.overtimeBehaviour,
        included: totals.included,
        carriedIn: totals.carriedIn,
        used: totals.used,
        overageMinutes: totals.overageMinutes,
        overageAmount: totals.overageCost,
      };
    })
    .sort(
      (a, b) =>
        a.periodStart.localeCompare(b.periodStart) ||
        (a.customerName ?? "").localeCompare(b.customerName ?? "") ||
        a.planTitle.localeCompare(b.planTitle),
    );
  const total = {
    included: sum(rows, "included"),
    carriedIn: sum(rows, "carriedIn"),
    used: sum(rows, "used"),
    overageMinutes: sum(rows, "overageMinutes"),
    overageAmount: Math.round(sum(rows, "overageAmount") * 100) / 100,
  };
  return { range, rows, total: rows.length > 0 ? total : null, truncated };
}

function sum<K extends string>(rows: Record<K, number>[], key: K) {
  return rows.reduce((s, r) => s + r[key], 0);
}

export type OverageReport = Awaited<ReturnType<typeof overageReport>>;
