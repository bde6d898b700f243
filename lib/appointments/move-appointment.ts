import "server-only";
import { eq } from "drizzle-orm";
import { appointments } from "@/db/schema";
import { diffFields, recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { checkClashes } from "./check-clashes";
import type { ClashAnswer } from "./clash-answer";
import { nextEmailAtFor } from "./email-plan";
import { attendeeIdsOf, getAppointmentInOrgOrThrow, requireMayEditAppointment } from "./internal";
import { moveAppointmentSchema } from "./schemas";

/**
 * The calendar's drag and resize (SPEC W3): a new slot for the same attendees, over the version
 * the calendar loaded, by the creator or Manage only. A clash not yet acknowledged moves nothing
 * and answers with the clashes, so the calendar can ask "Move anyway" and put the event back on
 * "Cancel". The e-mail cursor is re-armed from the new start: the e-mails' keys name the start, so
 * a moved appointment sends the new day's e-mails (lib/appointments/email-plan.ts).
 */
export async function moveAppointment(ctx: OrgContext, input: unknown): Promise<ClashAnswer<{ id: string; version: number }>> {
  requirePermission(ctx, "calendar.manage");
  const { id, version, acknowledgeClashes, startsAt, endsAt } = parseInput(moveAppointmentSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getAppointmentInOrgOrThrow(t, id, { lock: true });
    requireMayEditAppointment(ctx, current);
    if (current.version !== version) throw new ConflictError("staleVersion");
    const changes = diffFields(current, { startsAt, endsAt });
    if (Object.keys(changes).length === 0) return { status: "saved" as const, value: { id, version } };
    if (!acknowledgeClashes) {
      const clashes = await checkClashes(t, { userIds: await attendeeIdsOf(t, id), startsAt, endsAt, exceptAppointmentId: id });
      if (clashes.length) return { status: "clashes" as const, clashes };
    }
    await t.db
      .update(appointments)
      .set({ startsAt, endsAt, version: version + 1, nextEmailAt: nextEmailAtFor(startsAt, ctx.org.timeZone, now()) })
      .where(t.where(appointments, eq(appointments.id, id)));
    await recordActivity(ctx, t, { kind: "appointment.updated", entityId: id, customerId: current.customerId, summary: current.title, changes });
    return { status: "saved" as const, value: { id, version: version + 1 } };
  });
}
