import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { customers, scheduleOccurrences, serviceRecords, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { calendarOfSchedule, getScheduleInOrgOrThrow, ruleOfSchedule, technicianIdsOf } from "./internal";
import { creationDate, upcomingOccurrences } from "./occurrences";
import { readRecurrence } from "./recurrence";

const getScheduleSchema = z.object({ id: z.uuid({ error: "invalid" }) });

/** How many decided occurrences the page lists, newest first. */
const PAST_LIMIT = 50;
/** SPEC K3: the schedule page lists the next ten to come. */
const UPCOMING = 10;

/**
 * A schedule with its customer, technicians, its decided occurrences (newest first, each with its
 * record when one was created) and the next ten to come, moved ones marked — computed from the rule
 * and the calendar as the generator will, so the page shows what will happen.
 */
export async function getSchedule(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "schedules.view");
  const { id } = parseInput(getScheduleSchema, input);
  const t = ctx.t;
  const row = await getScheduleInOrgOrThrow(t, id);
  const [customer] = await t.db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(t.where(customers, eq(customers.id, row.customerId)));
  const technicianIds = await technicianIdsOf(t, id);
  const technicians = technicianIds.length
    ? await t.db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, technicianIds))
    : [];
  const past = await t.db
    .select({
      date: scheduleOccurrences.occurrenceDate,
      planned: scheduleOccurrences.plannedDate,
      state: scheduleOccurrences.state,
      recordId: scheduleOccurrences.serviceRecordId,
      recordNumber: serviceRecords.number,
      recordStatus: serviceRecords.status,
    })
    .from(scheduleOccurrences)
    // A record outside the reader's scope is listed without its link.
    .leftJoin(serviceRecords, t.where(serviceRecords, eq(serviceRecords.id, scheduleOccurrences.serviceRecordId)))
    .where(t.where(scheduleOccurrences, eq(scheduleOccurrences.scheduleId, id)))
    .orderBy(desc(scheduleOccurrences.occurrenceDate))
    .limit(PAST_LIMIT);
  const calendar = await calendarOfSchedule(t, row.calendarId);
  const upcoming = upcomingOccurrences(ruleOfSchedule(row), calendar, row.settledThrough, UPCOMING).map((o) => ({
    ...o,
    createsOn: creationDate(o, row.leadDays),
  }));
  return {
    schedule: row,
    recurrence: readRecurrence(row.rrule, row.holidayMove),
    customer: customer ?? null,
    technicians,
    past: past.map((o) => ({ ...o, moved: o.planned !== o.date, recordNumber: o.recordId ? o.recordNumber : null })),
    upcoming,
  };
}

export type ScheduleDetail = Awaited<ReturnType<typeof getSchedule>>;
