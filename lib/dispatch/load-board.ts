import "server-only";
import { and, asc, eq, gt, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  appointmentAttendees,
  appointments,
  customers,
  memberProfiles,
  memberships,
  picklistItems,
  scheduleOccurrences,
  serviceAssignments,
  serviceRecords,
  users,
} from "@/db/schema";
import { minutesOfWallTime, WEEKDAYS } from "@/lib/calendars/schemas";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { todayIn } from "@/lib/contracts/today";
import type { Locale } from "@/lib/i18n/locales";
import { isWorkingMembership } from "@/lib/members/working-membership";
import { requirePermission } from "@/lib/permissions/require-permission";
import { labelIn } from "@/lib/service/get-service-record";
import { OPEN_STATUSES } from "@/lib/service/status";
import { parseInput } from "@/lib/validation";
import { boardRange } from "./board-range";
import { loadDefaultCalendar } from "./internal";
import { boardQuerySchema } from "./schemas";

const serviceType = alias(picklistItems, "service_type");
const region = alias(picklistItems, "region");
/** The lane is a to-do list, not an archive: the most urgent this many. */
const UNPLANNED_LIMIT = 200;
const DEFAULT_HOURS = { startMinute: 8 * 60, endMinute: 18 * 60 };

/**
 * The dispatch board for the visible range in four reads, whatever the number of technicians:
 * the unplanned lane, the planned records with their assignees, the appointments with their
 * attendees, and the technicians. Records and appointments are read through the seam, so each
 * actor's board holds only what they may see. Rows: working members marked technician (SPEC T5)
 * plus anyone holding a visible record or appointment in the range, so nobody's work is hidden.
 */
export async function loadDispatchBoard(ctx: OrgContext, input: unknown, locale: Locale) {
  requirePermission(ctx, "dispatch.view");
  const query = parseInput(boardQuerySchema, input);
  const t = ctx.t;
  const at = now();
  const date = query.date ?? todayIn(ctx.org.timeZone, at);
  const range = boardRange(date, query.span, ctx.org.timeZone);
  const from = new Date(range.startsAt);
  const to = new Date(range.endsAt);
  const recordFilters = [
    query.serviceType ? eq(serviceRecords.serviceTypeId, query.serviceType) : undefined,
    query.region ? eq(customers.regionId, query.region) : undefined,
  ];
  const card = {
    id: serviceRecords.id,
    number: serviceRecords.number,
    version: serviceRecords.version,
    subject: serviceRecords.subject,
    status: serviceRecords.status,
    customerName: customers.name,
    address: customers.address,
    regionLabels: region.labels,
    serviceTypeLabels: serviceType.labels,
    plannedStart: serviceRecords.plannedStart,
    plannedEnd: serviceRecords.plannedEnd,
    slaState: serviceRecords.slaState,
    slaDueAt: serviceRecords.slaDueAt,
    slaWarnAt: serviceRecords.slaWarnAt,
    slaPausedLeft: serviceRecords.slaPausedLeft,
  };
  const live = and(eq(serviceAssignments.recordId, serviceRecords.id), ne(serviceAssignments.response, "rejected"));

  const [unplanned, planned, appts, calendar] = await Promise.all([
    t.db
      .select({ ...card, fromSchedule: sql<boolean>`${scheduleOccurrences.scheduleId} is not null` })
      .from(serviceRecords)
      // A record in scope names its customer even when the customer is not in the reader's scope.
      .leftJoin(customers, t.whereInOrg(customers, eq(customers.id, serviceRecords.customerId)))
      .leftJoin(region, sql`${region.orgId} = ${customers.orgId} and ${region.id} = ${customers.regionId}`)
      .leftJoin(serviceType, sql`${serviceType.orgId} = ${serviceRecords.orgId} and ${serviceType.id} = ${serviceRecords.serviceTypeId}`)
      .leftJoin(scheduleOccurrences, t.whereInOrg(scheduleOccurrences, eq(scheduleOccurrences.serviceRecordId, serviceRecords.id)))
      .where(
        t.where(
          serviceRecords,
          inArray(serviceRecords.status, OPEN_STATUSES),
          // Unplanned: no window yet (a schedule's visit has only its day), or nobody to do it.
          or(
            isNull(serviceRecords.plannedStart),
            isNull(serviceRecords.plannedEnd),
            sql`not exists (select 1 from ${serviceAssignments} where ${serviceAssignments.orgId} = ${serviceRecords.orgId} and ${live})`,
          ),
          ...recordFilters,
        ),
      )
      .orderBy(sql`${serviceRecords.slaDueAt} asc nulls last`, asc(serviceRecords.number))
      .limit(UNPLANNED_LIMIT),
    t.db
      .select({ ...card, userId: serviceAssignments.userId, response: serviceAssignments.response })
      .from(serviceRecords)
      .innerJoin(serviceAssignments, t.whereInOrg(serviceAssignments, live))
      .leftJoin(customers, t.whereInOrg(customers, eq(customers.id, serviceRecords.customerId)))
      .leftJoin(region, sql`${region.orgId} = ${customers.orgId} and ${region.id} = ${customers.regionId}`)
      .leftJoin(serviceType, sql`${serviceType.orgId} = ${serviceRecords.orgId} and ${serviceType.id} = ${serviceRecords.serviceTypeId}`)
      .where(
        t.where(
          serviceRecords,
          ne(serviceRecords.status, "cancelled"),
          lt(serviceRecords.plannedStart, to),
          gt(serviceRecords.plannedEnd, from),
          ...recordFilters,
        ),
      )
      .orderBy(asc(serviceRecords.plannedStart)),
    // Appointments are not a service type or in a region: filters leave them in the technician's row.
    t.db
      .select({
        id: appointments.id,
        title: appointments.title,
        startsAt: appointments.startsAt,
        endsAt: appointments.endsAt,
        userId: appointmentAttendees.userId,
      })
      .from(appointments)
      .innerJoin(appointmentAttendees, t.whereInOrg(appointmentAttendees, eq(appointmentAttendees.appointmentId, appointments.id)))
      .where(t.where(appointments, lt(appointments.startsAt, to), gt(appointments.endsAt, from)))
      .orderBy(asc(appointments.startsAt)),
    loadDefaultCalendar(t),
  ]);

  const busyIds = [...new Set([...planned.map((p) => p.userId), ...appts.map((a) => a.userId)])];
  const technicians = await t.db
    .select({ userId: users.id, name: users.name, departmentId: memberProfiles.departmentId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(memberProfiles, t.whereInOrg(memberProfiles, eq(memberProfiles.userId, memberships.userId)))
    .where(
      t.where(
        memberships,
        isWorkingMembership(),
        busyIds.length ? or(eq(memberProfiles.technician, true), inArray(memberships.userId, busyIds)) : eq(memberProfiles.technician, true),
        query.department ? eq(memberProfiles.departmentId, query.department) : undefined,
      ),
    )
    .orderBy(asc(users.name));
  const rowIds = new Set(technicians.map((r) => r.userId));

  const toCard = (r: (typeof unplanned)[number] | (typeof planned)[number]) => ({
    id: r.id,
    number: r.number,
    version: r.version,
    subject: r.subject,
    status: r.status,
    customer: r.customerName,
    address: r.address,
    region: labelIn(r.regionLabels, locale),
    serviceType: labelIn(r.serviceTypeLabels, locale),
    plannedStart: r.plannedStart?.toISOString() ?? null,
    plannedEnd: r.plannedEnd?.toISOString() ?? null,
    sla:
      r.slaState && r.slaDueAt
        ? { state: r.slaState, dueAt: r.slaDueAt.toISOString(), warnAt: r.slaWarnAt?.toISOString() ?? null, pausedLeft: r.slaPausedLeft ?? null }
        : null,
  });
  return {
    /** The server's "now" the lane's SLA colours are read against (the one clock, not the browser's). */
    now: at.toISOString(),
    date,
    span: query.span,
    range,
    hours: calendar ? axisHours(calendar.hours) : DEFAULT_HOURS,
    technicians: technicians.map(({ userId, name }) => ({ userId, name })),
    unplanned: unplanned.map((r) => ({ ...toCard(r), fromSchedule: r.fromSchedule })),
    planned: planned.filter((p) => rowIds.has(p.userId)).map((p) => ({ ...toCard(p), userId: p.userId })),
    appointments: appts
      .filter((a) => rowIds.has(a.userId))
      .map((a) => ({ id: a.id, title: a.title, userId: a.userId, startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString() })),
  };
}

export type DispatchBoard = Awaited<ReturnType<typeof loadDispatchBoard>>;
export type BoardCard = DispatchBoard["unplanned"][number];
export type PlannedCard = DispatchBoard["planned"][number];

/** The time axis: from the earliest working start to the latest end of the week, whole hours. */
function axisHours(week: Record<(typeof WEEKDAYS)[number], { start: string; end: string }[]>) {
  const segments = WEEKDAYS.flatMap((d) => week[d]);
  if (!segments.length) return DEFAULT_HOURS;
  const start = Math.min(...segments.map((s) => minutesOfWallTime(s.start)));
  const end = Math.max(...segments.map((s) => minutesOfWallTime(s.end)));
  return { startMinute: Math.floor(start / 60) * 60, endMinute: Math.ceil(end / 60) * 60 };
}
