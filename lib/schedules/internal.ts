import "server-only";
import { eq, isNull } from "drizzle-orm";
import { contracts, maintenanceSchedules, picklistItems, scheduleTechnicians, servicePlans, type MaintenanceSchedule } from "@/db/schema";
import type { BusinessCalendar } from "@/lib/calendars/schemas";
import type { Tenant } from "@/lib/db/tenant";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { lockContractCustomer } from "@/lib/contracts/internal";
import { assertAssignable } from "@/lib/service/internal";
import { loadCalendar } from "@/lib/sla/internal";
import { refuseOutOfScope } from "@/lib/visibility/refuse-out-of-scope";
import { nextDueInstant, type ScheduleRule } from "./occurrences";
import type { StoredScheduleFields } from "./schemas";

// Steps the schedule verbs and the generator share; they run after the caller's guard.

export async function getScheduleInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}) {
  // A lock is for a change: it reads through the write scope.
  const byId = eq(maintenanceSchedules.id, id);
  const query = t.db
    .select()
    .from(maintenanceSchedules)
    .where(options.lock ? t.whereWritable(maintenanceSchedules, byId) : t.where(maintenanceSchedules, byId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) {
    if (options.lock) await refuseOutOfScope(t, maintenanceSchedules, byId, "schedule");
    throw new NotFoundError("schedule");
  }
  return row;
}

export function ruleOfSchedule(
  row: Pick<MaintenanceSchedule, "rrule" | "firstDate" | "untilDate" | "count" | "leadDays" | "holidayMove">,
): ScheduleRule {
  return {
    rrule: row.rrule,
    firstDate: row.firstDate,
    untilDate: row.untilDate,
    count: row.count,
    leadDays: row.leadDays,
    holidayMove: row.holidayMove,
  };
}

/** The schedule's calendar as the arithmetic reads it; null: no calendar, nothing moves. */
export async function calendarOfSchedule(t: Tenant, calendarId: string | null) {
  return calendarId ? loadCalendar(t, calendarId) : null;
}

/** When the next undecided occurrence's record is due (the sweep's cursor); null when the rule has ended. */
export async function nextDueAtOf(
  t: Tenant,
  row: Parameters<typeof ruleOfSchedule>[0] & { calendarId: string | null; settledThrough: string | null },
  timeZone: string,
  /** The schedule's calendar when the caller has it loaded already (the generator): one read less. */
  loaded?: BusinessCalendar | null,
) {
  const calendar = loaded === undefined ? await calendarOfSchedule(t, row.calendarId) : loaded;
  const instant = nextDueInstant(ruleOfSchedule(row), calendar, row.settledThrough, timeZone);
  return instant === null ? null : new Date(instant);
}

/**
 * The ids the form sends must name this org's rows: the customer in the actor's write scope, the
 * contract and the plan the customer's own, a live service type, a calendar, technicians who can
 * work a record. Anything else is a field error and nothing is written.
 */
export async function assertScheduleReferences(t: Tenant, fields: StoredScheduleFields) {
  await lockContractCustomer(t, fields.customerId);
  const errors: Record<string, string> = {};
  if (fields.contractId) {
    const [row] = await t.db
      .select({ id: contracts.id })
      .from(contracts)
      .where(t.where(contracts, eq(contracts.id, fields.contractId), eq(contracts.customerId, fields.customerId)));
    if (!row) errors.contractId = "invalid";
  }
  if (fields.planId) {
    const [row] = await t.db
      .select({ id: servicePlans.id })
      .from(servicePlans)
      .where(t.where(servicePlans, eq(servicePlans.id, fields.planId), eq(servicePlans.customerId, fields.customerId)));
    if (!row) errors.planId = "invalid";
  }
  const [type] = await t.db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(
      t.where(picklistItems, eq(picklistItems.id, fields.serviceTypeId), eq(picklistItems.list, "service_type"), isNull(picklistItems.archivedAt)),
    );
  if (!type) errors.serviceTypeId = "invalid";
  if (fields.calendarId && !(await loadCalendar(t, fields.calendarId))) errors.calendarId = "invalid";
  if (Object.keys(errors).length) throw new ValidationError(errors);
  await assertAssignable(t, fields.technicianIds, "technicianIds");
}

/** The schedule's technicians become exactly `userIds`. */
export async function setScheduleTechnicians(t: Tenant, scheduleId: string, userIds: string[]) {
  await t.db.delete(scheduleTechnicians).where(t.where(scheduleTechnicians, eq(scheduleTechnicians.scheduleId, scheduleId)));
  const unique = [...new Set(userIds)];
  if (unique.length) await t.db.insert(scheduleTechnicians).values(unique.map((userId) => t.values({ scheduleId, userId })));
}

export async function technicianIdsOf(t: Tenant, scheduleId: string) {
  const rows = await t.db
    .select({ userId: scheduleTechnicians.userId })
    .from(scheduleTechnicians)
    .where(t.where(scheduleTechnicians, eq(scheduleTechnicians.scheduleId, scheduleId)));
  return rows.map((r) => r.userId);
}
