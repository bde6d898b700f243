import { sql } from "drizzle-orm";
import { date, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { businessCalendars, contracts } from "./contracts";
import { customers } from "./customers";
import { SCHEDULE_CATCH_UP_POLICIES, SCHEDULE_HOLIDAY_MOVES, SCHEDULE_OCCURRENCE_STATES } from "./enum-values";
import { orgs } from "./orgs";
import { picklistItems } from "./picklists";
import { servicePlans } from "./plans";
import { serviceRecords } from "./service";
import { users } from "./users";

// Issue 12 item 4 (SPEC K3): maintenance schedules and the occurrences they have generated. The
// occurrence row, unique on (org, schedule, date), is the exactly-once guarantee: the generator
// inserts it with ON CONFLICT DO NOTHING in the transaction that creates the service record.

export const scheduleCatchUpPolicy = pgEnum("schedule_catch_up_policy", SCHEDULE_CATCH_UP_POLICIES);
export const scheduleOccurrenceState = pgEnum("schedule_occurrence_state", SCHEDULE_OCCURRENCE_STATES);
export const scheduleHolidayMove = pgEnum("schedule_holiday_move", SCHEDULE_HOLIDAY_MOVES);

/**
 * A recurring visit to a customer. The contract is optional (a customer may have a maintenance
 * agreement outside any contract here); when set it must be the customer's. `rrule` holds only the
 * rule's own parts (FREQ, INTERVAL, BY…): the first date, the end date and the count have columns.
 * `settledThrough` and `nextDueAt` are the generator's cursor, rewritten under the schedule's row
 * lock: every occurrence up to `settledThrough` is decided, and `nextDueAt` is when the next one's
 * record is due (null: the rule has ended), so the sweep reads an index, not every rule.
 */
export const maintenanceSchedules = pgTable(
  "maintenance_schedules",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    customerId: uuid().notNull(),
    contractId: uuid(),
    planId: uuid(),
    title: text().notNull(),
    rrule: text().notNull(),
    firstDate: date({ mode: "string" }).notNull(),
    untilDate: date({ mode: "string" }),
    count: integer(),
    leadDays: integer().notNull().default(0),
    /** An item of the `service_type` picklist; "Scheduled service" unless chosen otherwise. */
    serviceTypeId: uuid().notNull(),
    /** Working days and holidays; null: occurrences stay on their dates. */
    calendarId: uuid(),
    holidayMove: scheduleHolidayMove().notNull().default("next"),
    catchUpPolicy: scheduleCatchUpPolicy().notNull().default("create_upcoming"),
    pausedAt: timestamp({ withTimezone: true, precision: 3 }),
    settledThrough: date({ mode: "string" }),
    nextDueAt: timestamp({ withTimezone: true, precision: 3 }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("maintenance_schedules_org_id_customer_id_idx").on(t.orgId, t.customerId),
    // The sweep's read across orgs: live schedules by the instant their next record is due.
    index("maintenance_schedules_next_due_at_idx")
      .on(t.nextDueAt)
      .where(sql`${t.pausedAt} is null and ${t.nextDueAt} is not null`),
    index("maintenance_schedules_org_id_title_id_idx").on(t.orgId, t.title, t.id),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.contractId], foreignColumns: [contracts.orgId, contracts.id] }),
    foreignKey({ columns: [t.orgId, t.planId], foreignColumns: [servicePlans.orgId, servicePlans.id] }),
    foreignKey({ columns: [t.orgId, t.serviceTypeId], foreignColumns: [picklistItems.orgId, picklistItems.id] }),
    foreignKey({ columns: [t.orgId, t.calendarId], foreignColumns: [businessCalendars.orgId, businessCalendars.id] }),
  ],
);

/** The technicians a schedule's records are assigned to (each gets the assignment e-mail). */
export const scheduleTechnicians = pgTable(
  "schedule_technicians",
  {
    orgId: uuid().notNull(),
    scheduleId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.scheduleId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.scheduleId], foreignColumns: [maintenanceSchedules.orgId, maintenanceSchedules.id] }).onDelete("cascade"),
  ],
);

/**
 * One occurrence the generator has decided. `occurrenceDate` is the rule's own date (the unique
 * key: a moved occurrence is still the same one); `plannedDate` is where the calendar moved it.
 */
export const scheduleOccurrences = pgTable(
  "schedule_occurrences",
  {
    orgId: uuid().notNull(),
    scheduleId: uuid().notNull(),
    occurrenceDate: date({ mode: "string" }).notNull(),
    plannedDate: date({ mode: "string" }).notNull(),
    state: scheduleOccurrenceState().notNull().default("pending"),
    serviceRecordId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.scheduleId, t.occurrenceDate] }),
    uniqueIndex("schedule_occurrences_org_id_service_record_id_idx").on(t.orgId, t.serviceRecordId),
    foreignKey({ columns: [t.orgId, t.scheduleId], foreignColumns: [maintenanceSchedules.orgId, maintenanceSchedules.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.serviceRecordId], foreignColumns: [serviceRecords.orgId, serviceRecords.id] }),
  ],
);

export type MaintenanceSchedule = typeof maintenanceSchedules.$inferSelect;
export type ScheduleOccurrence = typeof scheduleOccurrences.$inferSelect;
