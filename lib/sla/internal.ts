import "server-only";
import { eq, inArray } from "drizzle-orm";
import { businessCalendars, contracts, picklistItems, slaPolicies, type SlaPolicyRow } from "@/db/schema";
import { SLA_POLICY_KINDS, type SlaPolicyKind } from "@/db/schema/enum-values";
import { instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import type { BusinessCalendar } from "@/lib/calendars/schemas";
import { deriveContractState } from "@/lib/contracts/state";
import type { Tenant } from "@/lib/db/tenant";
import type { SlaPolicySnapshot } from "./events";

// Steps the service verbs run after their own guard, inside their transaction.

/** The calendar row as the arithmetic reads it (lib/calendars/schemas.ts). */
export function toBusinessCalendar(row: typeof businessCalendars.$inferSelect): BusinessCalendar {
  return {
    timeZone: row.timeZone,
    hours: row.week,
    holidays: row.holidays,
    country: row.country === "TR" || row.country === "RO" ? row.country : null,
  };
}

export function policySnapshot(policy: Pick<SlaPolicyRow, "targets" | "pauseStatuses" | "warnPercent">): SlaPolicySnapshot {
  return { targets: policy.targets, pauseStatuses: policy.pauseStatuses, warnShare: policy.warnPercent / 100 };
}

export async function loadCalendar(t: Tenant, calendarId: string) {
  // Calendars are org settings, not scoped rows; the clock needs the one its policy names.
  const [row] = await t.db
    .select()
    .from(businessCalendars)
    .where(t.whereInOrg(businessCalendars, eq(businessCalendars.id, calendarId)));
  return row ? toBusinessCalendar(row) : null;
}

/**
 * The policies of the customer's contracts of each kind ("sla" or "ola" in the `contract_type`
 * picklist) that are in force at `at` in the org's zone: active or expiring soon, or renewed while
 * its own term still runs. Several in force: the one that started last. Both kinds from one read,
 * since a record filed with assignees starts both clocks.
 */
export async function findPoliciesInForce(t: Tenant, customerId: string, at: Date, timeZone: string) {
  // Org-wide: the clock follows the customer's contract whoever opens the record (a technician who
  // sees only the record, a token holder); nothing read here is shown to the actor.
  const rows = await t.db
    .select({ contract: contracts, policy: slaPolicies, typeKey: picklistItems.key })
    .from(slaPolicies)
    .innerJoin(contracts, t.whereInOrg(contracts, eq(contracts.id, slaPolicies.contractId)))
    .innerJoin(picklistItems, t.whereInOrg(picklistItems, eq(picklistItems.id, contracts.typeId)))
    .where(
      t.whereInOrg(
        slaPolicies,
        eq(contracts.customerId, customerId),
        eq(picklistItems.list, "contract_type"),
        inArray(picklistItems.key, SLA_POLICY_KINDS),
      ),
    );
  // A policy counts only under a contract of its own kind (an SLA policy on an OLA contract does not).
  const own = rows.filter((r) => r.policy.kind === r.typeKey);
  const found: Record<SlaPolicyKind, SlaPolicyRow | null> = { sla: null, ola: null };
  if (!own.length) return found;
  const successors = await t.db
    .select({ previousId: contracts.previousId })
    .from(contracts)
    .where(
      t.whereInOrg(
        contracts,
        inArray(
          contracts.previousId,
          own.map((r) => r.contract.id),
        ),
      ),
    );
  const renewed = new Set(successors.map((s) => s.previousId));
  const inForce = own.filter(({ contract }) => {
    const state = deriveContractState(
      {
        ...datesOf(contract),
        terminatedAt: contract.terminatedOn ? dayStart(contract.terminatedOn, timeZone) : null,
        renewedIntoId: renewed.has(contract.id) ? contract.id : null,
      },
      at,
      timeZone,
    );
    if (state === "active" || state === "expiring_soon") return true;
    // A renewed contract stays in force to the end of its own term; the successor takes over after.
    if (state !== "renewed") return false;
    const stillRunning = deriveContractState({ ...datesOf(contract), renewedIntoId: null, terminatedAt: null }, at, timeZone);
    return stillRunning === "active" || stillRunning === "expiring_soon";
  });
  inForce.sort((a, b) => (b.contract.startsOn ?? "").localeCompare(a.contract.startsOn ?? ""));
  for (const kind of SLA_POLICY_KINDS) found[kind] = inForce.find((r) => r.policy.kind === kind)?.policy ?? null;
  return found;
}

/** The policy of one kind in force (findPoliciesInForce). */
export async function findPolicyInForce(t: Tenant, customerId: string, kind: SlaPolicyKind, at: Date, timeZone: string) {
  return (await findPoliciesInForce(t, customerId, at, timeZone))[kind];
}

function datesOf(contract: typeof contracts.$inferSelect) {
  return {
    start: contract.startsOn,
    end: contract.endsOn,
    notifyBeforeDays: contract.notifyBeforeDays,
    notifyAfterDays: contract.notifyAfterDays,
    noticeDays: contract.noticeDays,
  };
}

/** A termination dated a day takes effect at that day's start in the org's zone (lib/contracts/schemas.ts). */
function dayStart(date: string, timeZone: string) {
  return new Date(instantAt(parseCivilDate(date), 0, timeZone));
}

/** "sla" or "ola" when the contract's type is one of those picklist items; null for other contracts. */
export async function contractPolicyKind(t: Tenant, typeId: string): Promise<SlaPolicyKind | null> {
  const [type] = await t.db
    .select({ key: picklistItems.key })
    .from(picklistItems)
    .where(t.where(picklistItems, eq(picklistItems.id, typeId), eq(picklistItems.list, "contract_type")));
  return type?.key === "sla" || type?.key === "ola" ? type.key : null;
}
