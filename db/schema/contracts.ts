import { sql } from "drizzle-orm";
import { boolean, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { CalendarHoliday, Weekday, WorkingSegment } from "@/lib/calendars/schemas";
import { createdAt, id, updatedAt } from "./columns";
import { customers } from "./customers";
import { orgs } from "./orgs";
import { picklistItems } from "./picklists";
import { servicePlans } from "./plans";
import { users } from "./users";

// Issue 11 (SPEC K1, K1a): business calendars and contracts. SLA policies and the per-record
// clock log live beside service records (they belong to the SLA work); this file holds what a
// contract is and the calendars its policies count business time in.

/**
 * A business calendar: the time zone, working segments per weekday and holidays, stored as the
 * calendar form's parsed value (lib/calendars/schemas.ts) so the arithmetic (lib/calendars/
 * business-time.ts) reads it as it is. `country`: public holidays preloaded from date-holidays.
 */
export const businessCalendars = pgTable(
  "business_calendars",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    name: text().notNull(),
    timeZone: text().notNull(),
    week: jsonb().$type<Record<Weekday, WorkingSegment[]>>().notNull(),
    holidays: jsonb().$type<CalendarHoliday[]>().notNull().default([]),
    country: text(),
    /** The org's calendar for new SLA policies; at most one per org. */
    isDefault: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("business_calendars_one_default_idx")
      .on(t.orgId)
      .where(sql`${t.isDefault}`),
  ],
);

/**
 * A contract with a customer (K1). Its state (draft, active, expiring soon, expired, renewed,
 * terminated) is derived from these dates and links (lib/contracts/state.ts), never stored.
 * `previousId`: the contract this one renews; unique, so a renewal chain never forks and auto-renew
 * can create a successor only once, however many job runs race for it. Deleting a customer or a
 * contract that others point to is the delete verbs' business (no cascades, as for service records).
 */
export const contracts = pgTable(
  "contracts",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    customerId: uuid().notNull(),
    /** An item of the org's `contract_type` picklist (seeded: SLA, OLA, maintenance, sales, order). */
    typeId: uuid().notNull(),
    name: text().notNull(),
    description: text(),
    /** Null: a draft. */
    startsOn: date({ mode: "string" }),
    /** Last day of the current term (the initial term for the first contract of a chain). */
    endsOn: date({ mode: "string" }),
    /** Length of a renewal term in months; null: not renewable. */
    renewalMonths: integer(),
    /** Days before the end by which either side must give notice of termination. */
    noticeDays: integer().notNull().default(0),
    /** Milestone notifications: N days before the end and M days after it. */
    notifyBeforeDays: integer().notNull().default(30),
    notifyAfterDays: integer().notNull().default(0),
    autoRenew: boolean().notNull().default(false),
    /** The day the contract ends early; null: not terminated. */
    terminatedOn: date({ mode: "string" }),
    terminationReason: text(),
    previousId: uuid(),
    /** The linked service plan, one of the same customer's (lib/contracts checks the customer). */
    servicePlanId: uuid(),
    /** The signed contract file, stored with lib/files/store.ts. */
    fileName: text(),
    fileType: text(),
    fileSize: integer(),
    fileKey: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("contracts_org_id_customer_id_idx").on(t.orgId, t.customerId),
    index("contracts_org_id_ends_on_idx").on(t.orgId, t.endsOn, t.id),
    uniqueIndex("contracts_org_id_previous_id_idx").on(t.orgId, t.previousId),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.typeId], foreignColumns: [picklistItems.orgId, picklistItems.id] }),
    foreignKey({ columns: [t.orgId, t.previousId], foreignColumns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.servicePlanId], foreignColumns: [servicePlans.orgId, servicePlans.id] }),
  ],
);

export type BusinessCalendarRow = typeof businessCalendars.$inferSelect;
export type Contract = typeof contracts.$inferSelect;
