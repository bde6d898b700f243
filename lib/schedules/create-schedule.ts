import "server-only";
import { maintenanceSchedules } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { addCivilDays, civilDateOf, formatCivilDate } from "@/lib/calendars/civil-date";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertScheduleReferences, nextDueAtOf, setScheduleTechnicians } from "./internal";
import { createScheduleSchema } from "./schemas";

/**
 * SPEC K3: a new maintenance schedule. Occurrences dated before today are settled at once (a
 * schedule starts now; its past is not "missed"), so the generator starts with today's and later
 * ones; one whose record is already due (inside the lead days) is created by the next sweep.
 */
export async function createSchedule(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "schedules.create");
  const { idempotencyKey, technicianIds, ...fields } = parseInput(createScheduleSchema, input);
  return ctx.t.transaction((t) =>
    createOnce(ctx, t, "schedules.create", idempotencyKey, async () => {
      await assertScheduleReferences(t, { ...fields, technicianIds });
      const yesterday = formatCivilDate(addCivilDays(civilDateOf(now(), ctx.org.timeZone), -1));
      const settledThrough = fields.firstDate <= yesterday ? yesterday : null;
      const nextDueAt = await nextDueAtOf(t, { ...fields, settledThrough }, ctx.org.timeZone);
      const [row] = await t.db
        .insert(maintenanceSchedules)
        .values(t.values({ ...fields, settledThrough, nextDueAt, createdById: ctx.actor.userId }))
        .returning({ id: maintenanceSchedules.id });
      await setScheduleTechnicians(t, row!.id, technicianIds);
      await recordActivity(ctx, t, { kind: "schedule.created", entityId: row!.id, customerId: fields.customerId, summary: fields.title });
      return { id: row!.id };
    }),
  );
}
