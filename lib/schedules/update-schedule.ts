import "server-only";
import { eq } from "drizzle-orm";
import { maintenanceSchedules } from "@/db/schema";
import { diffFields, recordActivity } from "@/lib/activity/record-activity";
import { addCivilDays, civilDateOf, formatCivilDate } from "@/lib/calendars/civil-date";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertScheduleReferences, getScheduleInOrgOrThrow, nextDueAtOf, setScheduleTechnicians, technicianIdsOf } from "./internal";
import { updateScheduleSchema } from "./schemas";

/** The fields that decide which dates occur and when their records are due. */
const RULE_FIELDS = ["rrule", "firstDate", "untilDate", "count", "leadDays", "holidayMove", "calendarId"] as const;

/**
 * Saves over the version the user loaded (else "staleVersion"). A changed rule applies only to
 * what is still to come: everything before today and every occurrence already generated stays as
 * it was (the cursor never moves back), so an edit neither re-creates nor removes a visit.
 */
export async function updateSchedule(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "schedules.update");
  const { id, version, technicianIds, ...fields } = parseInput(updateScheduleSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getScheduleInOrgOrThrow(t, id, { lock: true });
    if (current.version !== version) throw new ConflictError("staleVersion");
    await assertScheduleReferences(t, { ...fields, technicianIds });
    const changes = diffFields(current, fields);
    const technicians = await technicianIdsOf(t, id);
    const techniciansChanged = JSON.stringify([...technicians].sort()) !== JSON.stringify([...new Set(technicianIds)].sort());
    if (techniciansChanged) changes.technicianIds = { from: technicians, to: technicianIds };
    if (Object.keys(changes).length === 0) return { id, version };

    let settledThrough = current.settledThrough;
    if (RULE_FIELDS.some((field) => field in changes)) {
      const yesterday = formatCivilDate(addCivilDays(civilDateOf(now(), ctx.org.timeZone), -1));
      if (!settledThrough || settledThrough < yesterday) settledThrough = yesterday;
    }
    const nextDueAt = await nextDueAtOf(t, { ...fields, settledThrough }, ctx.org.timeZone);
    await t.db
      .update(maintenanceSchedules)
      .set({ ...fields, settledThrough, nextDueAt, version: version + 1 })
      .where(t.where(maintenanceSchedules, eq(maintenanceSchedules.id, id)));
    if (techniciansChanged) await setScheduleTechnicians(t, id, technicianIds);
    await recordActivity(ctx, t, { kind: "schedule.updated", entityId: id, customerId: fields.customerId, summary: fields.title, changes });
    return { id, version: version + 1 };
  });
}
