import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { contracts, customers, picklistItems, planLedgerEntries, planPeriods, serviceRecords, users } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { todayIn } from "@/lib/contracts/today";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { labelIn } from "@/lib/service/get-service-record";
import { parseInput } from "@/lib/validation";
import { getPlanInOrgOrThrow } from "./internal";
import { periodOf, periodTotals, weeklyCheck, weeklyUsage } from "./ledger";
import { planTargetSchema } from "./schemas";

/**
 * A plan with its customer, contract, service types and ledger (the plan page): every period that
 * has rows, newest first, each with its rows in the order written and the totals computed from
 * exactly those rows. `currentStart`: the period of today in the org's zone (shown open, line by
 * line; it may have no rows yet). A row's record number shows only if the actor sees the record.
 */
export async function getPlan(ctx: OrgContext, input: unknown, locale: Locale = "en") {
  requirePermission(ctx, "plans.view");
  const { id } = parseInput(planTargetSchema, input);
  const t = ctx.t;
  const plan = await getPlanInOrgOrThrow(t, id);
  const [customer] = await t.db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(t.where(customers, eq(customers.id, plan.customerId)));
  const [contract] = plan.contractId
    ? await t.db
        .select({ id: contracts.id, name: contracts.name })
        .from(contracts)
        .where(t.where(contracts, eq(contracts.id, plan.contractId)))
    : [];
  const types =
    plan.serviceTypeIds.length > 0
      ? await t.db
          .select({ id: picklistItems.id, labels: picklistItems.labels })
          .from(picklistItems)
          .where(t.where(picklistItems, inArray(picklistItems.id, plan.serviceTypeIds)))
      : [];
  const periods = await t.db
    .select()
    .from(planPeriods)
    .where(t.where(planPeriods, eq(planPeriods.planId, id)))
    .orderBy(asc(planPeriods.startsOn));
  const rows = await t.db
    .select({
      id: planLedgerEntries.id,
      periodStart: planLedgerEntries.periodStart,
      kind: planLedgerEntries.kind,
      minutes: planLedgerEntries.minutes,
      rawMinutes: planLedgerEntries.rawMinutes,
      roundedMinutes: planLedgerEntries.roundedMinutes,
      amount: planLedgerEntries.amount,
      recordId: planLedgerEntries.recordId,
      recordNumber: serviceRecords.number,
      technicianId: planLedgerEntries.technicianId,
      technicianName: users.name,
      workDate: planLedgerEntries.workDate,
      reason: planLedgerEntries.reason,
      createdAt: planLedgerEntries.createdAt,
    })
    .from(planLedgerEntries)
    .leftJoin(serviceRecords, t.where(serviceRecords, eq(serviceRecords.id, planLedgerEntries.recordId)))
    .leftJoin(users, eq(users.id, planLedgerEntries.technicianId))
    .where(t.where(planLedgerEntries, eq(planLedgerEntries.planId, id)))
    .orderBy(asc(planLedgerEntries.periodStart), asc(planLedgerEntries.seq));

  const today = todayIn(ctx.org.timeZone, now());
  const current = periodOf(plan, today);
  const starts = [...new Set([...periods.map((p) => p.startsOn), ...(current ? [current.start] : [])])].sort().reverse();
  const ledger = starts.map((start) => {
    const stored = periods.find((p) => p.startsOn === start);
    // A period opens (and writes its grant) with its first movement; until then the current one
    // shows the grant it will open with, marked as not yet written.
    const own = stored || plan.includedMinutes === 0 ? rows.filter((r) => r.periodStart === start) : [pendingGrant(plan, start)];
    return {
      start,
      end: stored?.endsOn ?? periodOf(plan, start)!.end,
      closedAt: stored?.closedAt ?? null,
      rows: own,
      totals: periodTotals(own, plan),
    };
  });
  return {
    plan,
    customer: customer ?? null,
    contract: contract ?? null,
    serviceTypes: types.map((type) => ({ id: type.id, label: labelIn(type.labels, locale) ?? "" })),
    currentStart: current?.start ?? null,
    periods: ledger,
    /** This week's use against the weekly maximum (Monday to Sunday, across periods). */
    week: weeklyCheck(plan, weeklyUsage(rows), today, 0),
  };
}

function pendingGrant(plan: { includedMinutes: number }, start: string) {
  return {
    id: `pending-${start}`,
    periodStart: start,
    kind: "grant" as const,
    minutes: plan.includedMinutes,
    rawMinutes: null,
    roundedMinutes: null,
    amount: null,
    recordId: null,
    recordNumber: null,
    technicianId: null,
    technicianName: null,
    workDate: start,
    reason: null,
    createdAt: new Date(`${start}T00:00:00Z`),
  };
}

export type PlanDetail = Awaited<ReturnType<typeof getPlan>>;
