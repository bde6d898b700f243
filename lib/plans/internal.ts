import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { contracts, picklistItems, planLedgerEntries, planPeriods, servicePlans, type ServicePlan } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { refuseOutOfScope } from "@/lib/visibility/refuse-out-of-scope";
import type { Period } from "./ledger";

// Steps the plan verbs share; they run after the caller's guard.

export async function getPlanInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}) {
  // A lock is for a change: it reads through the write scope.
  const byId = eq(servicePlans.id, id);
  const query = t.db
    .select()
    .from(servicePlans)
    .where(options.lock ? t.whereWritable(servicePlans, byId) : t.where(servicePlans, byId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) {
    if (options.lock) await refuseOutOfScope(t, servicePlans, byId, "plan");
    throw new NotFoundError("plan");
  }
  return row;
}

/** A plan's contract must be one of the same customer's. */
export async function assertPlanContract(t: Tenant, contractId: string | null, customerId: string) {
  if (!contractId) return;
  const [row] = await t.db
    .select({ id: contracts.id })
    .from(contracts)
    .where(t.where(contracts, eq(contracts.id, contractId), eq(contracts.customerId, customerId)));
  if (!row) throw new ValidationError({ contractId: "invalid" });
}

/** The service types must be live items of this org's `service_type` picklist. */
export async function assertServiceTypes(t: Tenant, ids: string[]) {
  if (ids.length === 0) return;
  const found = await t.db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(t.where(picklistItems, inArray(picklistItems.id, ids), eq(picklistItems.list, "service_type"), isNull(picklistItems.archivedAt)));
  if (found.length !== new Set(ids).size) throw new ValidationError({ serviceTypeIds: "invalid" });
}

/**
 * The period row, made on first use with its grant (the included minutes) in the same
 * transaction. Concurrent first uses meet on the primary key: the loser inserts nothing and so
 * writes no second grant.
 */
export async function ensurePeriod(t: Tenant, plan: ServicePlan, period: Period, actorId: string | null) {
  const made = await t.db
    .insert(planPeriods)
    .values(t.values({ planId: plan.id, startsOn: period.start, endsOn: period.end }))
    .onConflictDoNothing()
    .returning({ startsOn: planPeriods.startsOn });
  if (made.length > 0 && plan.includedMinutes > 0) {
    await t.db
      .insert(planLedgerEntries)
      .values(t.values({ planId: plan.id, periodStart: period.start, kind: "grant" as const, minutes: plan.includedMinutes, actorId }));
  }
}

/** The starts of the plan's closed periods. */
export async function closedPeriodStarts(t: Tenant, planId: string) {
  const rows = await t.db
    .select({ startsOn: planPeriods.startsOn, closedAt: planPeriods.closedAt })
    .from(planPeriods)
    .where(t.where(planPeriods, eq(planPeriods.planId, planId)));
  return new Set(rows.filter((r) => r.closedAt).map((r) => r.startsOn));
}

/** A period that must still take rows: a clear error before the database trigger would refuse. */
export async function assertPeriodOpen(t: Tenant, planId: string, start: string) {
  const [row] = await t.db
    .select({ closedAt: planPeriods.closedAt })
    .from(planPeriods)
    .where(t.where(planPeriods, and(eq(planPeriods.planId, planId), eq(planPeriods.startsOn, start))));
  if (row?.closedAt) throw new ConflictError("planPeriodClosed");
}

/** All of a plan's rows, in period and insertion order. */
export async function ledgerRowsOf(t: Tenant, planId: string) {
  return t.db
    .select()
    .from(planLedgerEntries)
    .where(t.where(planLedgerEntries, eq(planLedgerEntries.planId, planId)))
    .orderBy(asc(planLedgerEntries.periodStart), asc(planLedgerEntries.seq));
}
