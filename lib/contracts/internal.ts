import "server-only";
import { eq, isNull } from "drizzle-orm";
import { contracts, customers, picklistItems, servicePlans, type Contract } from "@/db/schema";
import type { LIFECYCLE_STATUSES } from "@/db/schema/enum-values";
import { recordActivity } from "@/lib/activity/record-activity";
import { instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import type { Actor } from "@/lib/permissions/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { refuseOutOfScope } from "@/lib/visibility/refuse-out-of-scope";
import { type ContractDates, deriveContractState } from "./state";

// Steps the contract verbs share; they run after the caller's guard.

export async function getContractInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}) {
  // A lock is for a change: it reads through the write scope.
  const byId = eq(contracts.id, id);
  const query = t.db
    .select()
    .from(contracts)
    .where(options.lock ? t.whereWritable(contracts, byId) : t.where(contracts, byId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) {
    if (options.lock) await refuseOutOfScope(t, contracts, byId, "contract");
    throw new NotFoundError("contract");
  }
  return row;
}

/** The contract that renews this one, if any (its successor in the chain). */
export async function successorIdOf(t: Tenant, id: string) {
  const [row] = await t.db
    .select({ id: contracts.id })
    .from(contracts)
    .where(t.where(contracts, eq(contracts.previousId, id)));
  return row?.id ?? null;
}

/**
 * The customer a contract is written for, locked: it must be in the actor's write scope (outside
 * the read scope it is NotFound, so its existence is not revealed), and the lock orders two
 * contracts' lifecycle moves of one customer (C3).
 */
export async function lockContractCustomer(t: Tenant, customerId: string) {
  const byId = eq(customers.id, customerId);
  const [row] = await t.db
    .select({ id: customers.id, name: customers.name, status: customers.status })
    .from(customers)
    .where(t.whereWritable(customers, byId))
    .for("update");
  if (row) return row;
  const [visible] = await t.db.select({ id: customers.id }).from(customers).where(t.where(customers, byId));
  // A customer the actor cannot see is a field error like any unknown id, not a hint that it exists.
  if (!visible) throw new ValidationError({ customerId: "invalid" });
  return refuseOutOfScope(t, customers, byId, "customer");
}

/** The type must be a live item of this org's `contract_type` picklist. */
export async function assertContractType(t: Tenant, typeId: string) {
  const [type] = await t.db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(t.where(picklistItems, eq(picklistItems.id, typeId), eq(picklistItems.list, "contract_type"), isNull(picklistItems.archivedAt)));
  if (!type) throw new ValidationError({ typeId: "invalid" });
}

/** A contract's service plan must be one of the same customer's. */
export async function assertContractPlan(t: Tenant, servicePlanId: string | null, customerId: string) {
  if (!servicePlanId) return;
  const [plan] = await t.db
    .select({ id: servicePlans.id })
    .from(servicePlans)
    .where(t.where(servicePlans, eq(servicePlans.id, servicePlanId), eq(servicePlans.customerId, customerId)));
  if (!plan) throw new ValidationError({ servicePlanId: "invalid" });
}

/** A stored contract in the shape lib/contracts/state.ts reads; termination takes effect at 00:00 of its day. */
export function contractDates(row: Contract, timeZone: string, renewedIntoId: string | null): ContractDates {
  return {
    start: row.startsOn,
    end: row.endsOn,
    notifyBeforeDays: row.notifyBeforeDays,
    notifyAfterDays: row.notifyAfterDays,
    noticeDays: row.noticeDays,
    terminatedAt: row.terminatedOn ? new Date(instantAt(parseCivilDate(row.terminatedOn), 0, timeZone)) : null,
    renewedIntoId,
  };
}

type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

const RANK: Record<LifecycleStatus, number> = { first_contact: 0, in_talks: 1, potential: 2, active: 3 };

/**
 * SPEC C3: adding a contract makes a first-contact or in-talks customer a potential one; a contract
 * in force (active or expiring soon) makes it an active customer. Only ever forward: a status the
 * user set higher stays. Runs in the contract's transaction with the customer locked, and logs the
 * move in the customer's feed.
 */
export async function moveCustomerForContract(
  ctx: OrgContext<Actor>,
  t: Tenant,
  customer: { id: string; name: string; status: LifecycleStatus },
  row: Contract,
) {
  const state = deriveContractState(contractDates(row, ctx.org.timeZone, null), now(), ctx.org.timeZone);
  const target: LifecycleStatus = state === "active" || state === "expiring_soon" ? "active" : "potential";
  if (RANK[customer.status] >= RANK[target]) return customer.status;
  await t.db
    .update(customers)
    .set({ status: target })
    .where(t.whereWritable(customers, eq(customers.id, customer.id)));
  await recordActivity(ctx, t, {
    kind: "customer.statusMoved",
    entityId: customer.id,
    customerId: customer.id,
    summary: row.name,
    changes: { status: { from: customer.status, to: target } },
  });
  return target;
}
