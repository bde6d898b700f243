import "server-only";
import { eq, lt, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { businessCalendars, customers, maintenanceSchedules, scheduleOccurrences, scheduleTechnicians, type MaintenanceSchedule } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { workingIntervalsOn } from "@/lib/calendars/calendar";
import { instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import type { BusinessCalendar } from "@/lib/calendars/schemas";
import { now } from "@/lib/clock";
import { contractRecipients } from "@/lib/contracts/contract-recipients";
import { todayIn } from "@/lib/contracts/today";
import type { Tenant } from "@/lib/db/tenant";
import { defineOrgJob, type SystemContext } from "@/lib/jobs/define-job";
import { SCHEDULE_QUEUE } from "@/lib/jobs/find-due-schedules";
import { notify } from "@/lib/notifications/notify";
import { requirePermission } from "@/lib/permissions/require-permission";
import { fileServiceRecord } from "@/lib/service/create-service-record";
import { serviceFieldsSchema } from "@/lib/service/schemas";
import { parseInput } from "@/lib/validation";
import { toBusinessCalendar } from "@/lib/sla/internal";
import { nextDueAtOf, ruleOfSchedule } from "./internal";
import { dueOccurrences, type Occurrence, planCatchUp } from "./occurrences";

export type GenerateOccurrencesData = { scheduleId: string };

/** A visit without a calendar starts at 09:00 in the org's zone; with one, when its first working segment begins. */
const DEFAULT_START_MINUTE = 9 * 60;

function plannedStart(occurrence: Occurrence, calendar: BusinessCalendar | null, timeZone: string) {
  const day = parseCivilDate(occurrence.planned);
  const first = calendar ? workingIntervalsOn(calendar, day)[0] : undefined;
  return new Date(first ? first.start : instantAt(day, DEFAULT_START_MINUTE, timeZone)).toISOString();
}

/**
 * Claims the occurrence: its row, unique on (org, schedule, date), is inserted or already there.
 * True: this transaction owns it. A concurrent run waits on the key, then finds it taken.
 */
async function claimOccurrence(t: Tenant<Tx>, scheduleId: string, occurrence: Occurrence, state: "created" | "missed" | "skipped") {
  const rows = await t.db
    .insert(scheduleOccurrences)
    .values(t.values({ scheduleId, occurrenceDate: occurrence.date, plannedDate: occurrence.planned, state }))
    .onConflictDoNothing()
    .returning({
      // The visit's technicians with the claim: read after the schedule's lock, so an edit that
      // changed them has committed (an edit locks the schedule too), and in the same round trip.
      technicianIds: sql<string[]>`array(${t.db
        .select({ userId: scheduleTechnicians.userId })
        .from(scheduleTechnicians)
        .where(t.where(scheduleTechnicians, eq(scheduleTechnicians.scheduleId, scheduleId)))})`,
    });
  return rows[0] ?? null;
}

/**
 * The schedule locked for the run, with its calendar in the same statement. The calendar is an
 * org setting its edits do not order by this lock, so reading it with the lock sees what a read
 * just after it would. Null: the schedule is gone (deleted since the sweep).
 */
async function lockScheduleForRun(t: Tenant<Tx>, scheduleId: string) {
  const [row] = await t.db
    .select({ schedule: maintenanceSchedules, calendar: businessCalendars })
    .from(maintenanceSchedules)
    .leftJoin(businessCalendars, t.whereInOrg(businessCalendars, eq(businessCalendars.id, maintenanceSchedules.calendarId)))
    .where(t.whereWritable(maintenanceSchedules, eq(maintenanceSchedules.id, scheduleId)))
    .for("update", { of: maintenanceSchedules });
  return row ? { schedule: row.schedule, calendar: row.calendar ? toBusinessCalendar(row.calendar) : null } : null;
}

/** One visit: the service record of type "scheduled service", planned on the occurrence's day, assigned with the e-mails. */
async function fileVisit(
  ctx: SystemContext,
  t: Tenant<Tx>,
  schedule: MaintenanceSchedule,
  occurrence: Occurrence,
  calendar: BusinessCalendar | null,
  technicianIds: string[],
) {
  const fields = parseInput(serviceFieldsSchema, {
    customerId: schedule.customerId,
    serviceTypeId: schedule.serviceTypeId,
    requestDate: todayIn(ctx.org.timeZone, now()),
    subject: schedule.title,
    plannedStart: plannedStart(occurrence, calendar, ctx.org.timeZone),
  });
  const record = await fileServiceRecord(ctx, t, fields, technicianIds, { unassignable: "skip" });
  await t.db
    .update(scheduleOccurrences)
    .set({ serviceRecordId: record.id })
    .where(t.where(scheduleOccurrences, eq(scheduleOccurrences.scheduleId, schedule.id), eq(scheduleOccurrences.occurrenceDate, occurrence.date)));
}

async function tellMissed(ctx: SystemContext, t: Tenant<Tx>, schedule: MaintenanceSchedule, missed: Occurrence[]) {
  const [customer] = await t.db
    .select({ name: customers.name, salesRepId: customers.salesRepId })
    .from(customers)
    .where(t.where(customers, eq(customers.id, schedule.customerId)));
  const dates = missed.map((o) => o.planned).join(", ");
  await notify(ctx, t, {
    kind: "schedule_missed",
    recipients: await contractRecipients(t, customer?.salesRepId ?? null),
    entity: { type: "maintenance_schedule", id: schedule.id, customerId: schedule.customerId },
    params: { subject: schedule.title, customer: customer?.name ?? "", date: missed[0]!.planned },
    key: `schedule:${schedule.id}:missed:${missed[0]!.date}:${missed.at(-1)!.date}`,
  });
  await recordActivity(ctx, t, {
    kind: "schedule.occurrencesMissed",
    entityId: schedule.id,
    customerId: schedule.customerId,
    summary: `${schedule.title}: ${dates}`,
  });
}

/**
 * The generator for one schedule (SPEC K3), in one transaction under the org's system context.
 * The schedule's row lock orders two runs for it (a retry, a second instance); the occurrence's
 * unique row is the guarantee itself: each occurrence is decided once — a record created, or
 * marked missed or skipped by the catch-up policy — and the cursor moves past what was decided.
 */
export async function generateScheduleOccurrences(ctx: SystemContext, data: GenerateOccurrencesData) {
  requirePermission(ctx, "schedules.view");
  return ctx.t.transaction(async (t) => {
    const locked = await lockScheduleForRun(t, data.scheduleId);
    if (!locked || locked.schedule.pausedAt) return { created: 0, missed: 0, skipped: 0 };
    const { schedule, calendar } = locked;
    const at = now();
    const timeZone = ctx.org.timeZone;
    const due = dueOccurrences(ruleOfSchedule(schedule), calendar, schedule.settledThrough, at.getTime(), timeZone);
    const plan = planCatchUp(due, schedule.catchUpPolicy, schedule.leadDays, todayIn(timeZone, at));

    let created = 0;
    for (const occurrence of plan.create) {
      const claimed = await claimOccurrence(t, schedule.id, occurrence, "created");
      if (!claimed) continue;
      await fileVisit(ctx, t, schedule, occurrence, calendar, claimed.technicianIds);
      created++;
    }
    const missed: Occurrence[] = [];
    for (const occurrence of plan.missed) if (await claimOccurrence(t, schedule.id, occurrence, "missed")) missed.push(occurrence);
    let skipped = 0;
    for (const occurrence of plan.skipped) if (await claimOccurrence(t, schedule.id, occurrence, "skipped")) skipped++;
    if (missed.length) await tellMissed(ctx, t, schedule, missed);

    const last = due.at(-1)?.date;
    const settledThrough = last && (!schedule.settledThrough || last > schedule.settledThrough) ? last : schedule.settledThrough;
    // No version bump: the generator's cursor is not an edit, and must not make a user's save stale.
    await t.db
      .update(maintenanceSchedules)
      .set({ settledThrough, nextDueAt: await nextDueAtOf(t, { ...schedule, settledThrough }, timeZone, calendar) })
      .where(t.where(maintenanceSchedules, eq(maintenanceSchedules.id, schedule.id)));
    return { created, missed: missed.length, skipped };
  });
}

/**
 * How long the sweep leaves a failing schedule alone: longer than the job's own retries
 * (30 s doubling, five times: about 16 minutes), so the sweep never queues a second job beside
 * the one pg-boss is retrying. If the last retry fails, the dead letter keeps the sweep away
 * (find-due-schedules.ts) until an admin retries it.
 */
const FAILURE_BACKOFF_MS = 60 * 60 * 1000;

/**
 * A failed run moves the schedule's cached next_due_at an hour on (never earlier), in its own
 * transaction since the run's rolled back. Nothing is lost: the generator works from the
 * settled-through cursor, not from next_due_at, and rewrites it when it succeeds.
 */
async function backOff(ctx: SystemContext, scheduleId: string) {
  const until = new Date(now().getTime() + FAILURE_BACKOFF_MS);
  await ctx.t.db
    .update(maintenanceSchedules)
    .set({ nextDueAt: until })
    .where(ctx.t.where(maintenanceSchedules, eq(maintenanceSchedules.id, scheduleId), lt(maintenanceSchedules.nextDueAt, until)));
}

export const generateOccurrencesJob = defineOrgJob<GenerateOccurrencesData>({
  name: SCHEDULE_QUEUE,
  run: async (ctx, data) => {
    try {
      await generateScheduleOccurrences(ctx, data);
    } catch (error) {
      await backOff(ctx, data.scheduleId).catch((deferring: unknown) =>
        console.error("[schedules] backing off a failing schedule failed", deferring),
      );
      throw error;
    }
  },
});

/** The sweep's singleton key: one job per schedule and due instant. */
export const generateOccurrencesKey = (scheduleId: string, dueAt: Date) => `schedule:${scheduleId}:${dueAt.toISOString()}`;
