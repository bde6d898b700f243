import "server-only";
import { eq } from "drizzle-orm";
import { serviceAssignments, serviceRecords } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { checkClashes } from "@/lib/appointments/check-clashes";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { setAssignees } from "@/lib/service/assign";
import { assertAssignable, getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { OPEN_STATUSES } from "@/lib/service/status";
import { parseInput } from "@/lib/validation";
import { isNotAuthorised, loadDefaultCalendar } from "./internal";
import { hasWarnings, type PlanAnswer, type PlanWarnings } from "./plan-answer";
import { DEFAULT_PLAN_MINUTES, planRecordSchema } from "./schemas";
import { withinWorkingHours } from "./working-hours";

const MINUTE = 60_000;

/**
 * Issue 13 item 5: plans a service record from the dispatch board — its window becomes the slot
 * and the technician joins its assignees (through setAssignees, so they get the assignment e-mail
 * and a new record moves to "assigned"); from another technician's row, that one hands it over.
 * Booked, outside working hours, not authorised and past the SLA deadline are warnings: while
 * any holds and the user has not acknowledged them, nothing is saved and the answer lists them.
 */
export async function planRecord(ctx: OrgContext, input: unknown): Promise<PlanAnswer> {
  requirePermission(ctx, "serviceRecords.assign");
  const { recordId, version, userId, fromUserId, startsAt, minutes, acknowledge } = parseInput(planRecordSchema, input);
  return ctx.t.transaction(async (t) => {
    const record = await getServiceRecordInOrgOrThrow(t, recordId, { lock: true });
    if (record.version !== version) throw new ConflictError("staleVersion");
    if (!OPEN_STATUSES.includes(record.status)) throw new ConflictError("recordNotOpen");
    await assertAssignable(t, [userId], "userId");

    // A record planned before keeps its length when it moves; an unplanned one gets an hour.
    const length =
      minutes !== undefined
        ? minutes * MINUTE
        : record.plannedStart && record.plannedEnd && record.plannedEnd > record.plannedStart
          ? record.plannedEnd.getTime() - record.plannedStart.getTime()
          : DEFAULT_PLAN_MINUTES * MINUTE;
    const endsAt = new Date(startsAt.getTime() + length);

    const [clashes, calendar, notAuthorised] = await Promise.all([
      checkClashes(t, { userIds: [userId], startsAt, endsAt, exceptRecordId: record.id }),
      loadDefaultCalendar(t),
      isNotAuthorised(t, record.customerId, userId),
    ]);
    const warnings: PlanWarnings = {
      clashes,
      outsideHours: calendar ? !withinWorkingHours(calendar, startsAt, endsAt) : false,
      notAuthorised,
      afterSla: record.slaDueAt && endsAt > record.slaDueAt ? record.slaDueAt.toISOString() : null,
    };
    if (hasWarnings(warnings) && !acknowledge) return { status: "warnings", warnings };

    await t.db
      .update(serviceRecords)
      .set({ plannedStart: startsAt, plannedEnd: endsAt, version: version + 1 })
      .where(t.whereWritable(serviceRecords, eq(serviceRecords.id, record.id)));
    const current = await t.db
      .select({ userId: serviceAssignments.userId })
      .from(serviceAssignments)
      .where(t.where(serviceAssignments, eq(serviceAssignments.recordId, record.id)));
    const handedOver = fromUserId && fromUserId !== userId ? fromUserId : null;
    const wanted = [...current.map((a) => a.userId).filter((id) => id !== handedOver), userId];
    await setAssignees(ctx, t, record.id, wanted);
    await recordActivity(ctx, t, {
      kind: "service.planned",
      entityId: record.id,
      customerId: record.customerId,
      summary: `#${record.number}`,
      changes: {
        plannedStart: { from: record.plannedStart?.toISOString() ?? null, to: startsAt.toISOString() },
        plannedEnd: { from: record.plannedEnd?.toISOString() ?? null, to: endsAt.toISOString() },
      },
    });
    // setAssignees may have moved the status, which bumps the version again.
    const after = await getServiceRecordInOrgOrThrow(t, record.id);
    return {
      status: "planned",
      value: { id: record.id, version: after.version, plannedStart: startsAt.toISOString(), plannedEnd: endsAt.toISOString() },
    };
  });
}
