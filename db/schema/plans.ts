import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  type PgTableExtraConfigValue,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { contracts } from "./contracts";
import { customers } from "./customers";
import { PLAN_BILLING_METHODS, PLAN_BILLING_PERIODS, PLAN_LEDGER_KINDS, PLAN_OVERTIME_BEHAVIOURS } from "./enum-values";
import { orgs } from "./orgs";
import { users } from "./users";

// Issue 12 items 1 and 2 (SPEC K2): a customer's service plan and its hours ledger. Durations are
// whole minutes (the ledger's unit; hours are only shown), money is numeric(12,2) like products.

export const planBillingMethod = pgEnum("plan_billing_method", PLAN_BILLING_METHODS);
export const planBillingPeriod = pgEnum("plan_billing_period", PLAN_BILLING_PERIODS);
export const planOvertimeBehaviour = pgEnum("plan_overtime_behaviour", PLAN_OVERTIME_BEHAVIOURS);
export const planLedgerKind = pgEnum("plan_ledger_kind", PLAN_LEDGER_KINDS);

export const servicePlans = pgTable(
  "service_plans",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    customerId: uuid().notNull(),
    contractId: uuid(),
    title: text().notNull(),
    description: text(),
    billingMethod: planBillingMethod().notNull(),
    billingPeriod: planBillingPeriod().notNull(),
    /** The first day of the first period; later periods follow by the billing period's length. */
    firstPeriodStart: date({ mode: "string" }).notNull(),
    fixedAmount: numeric({ precision: 12, scale: 2 }),
    /** Granted at the start of every period; 0 for a plan without included hours. */
    includedMinutes: integer().notNull().default(0),
    hourlyRate: numeric({ precision: 12, scale: 2 }),
    overtimeRate: numeric({ precision: 12, scale: 2 }),
    overtimeBehaviour: planOvertimeBehaviour().notNull().default("bill_overtime"),
    /** Null: no weekly maximum. */
    weeklyMaxMinutes: integer(),
    /** A visit's time is rounded up to a multiple of this (0: not rounded) and is at least `minimumMinutes`. */
    roundingMinutes: integer().notNull().default(0),
    minimumMinutes: integer().notNull().default(0),
    /** Items of the org's service type picklist whose records draw on the plan; empty: none. */
    serviceTypeIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    carryForward: boolean().notNull().default(false),
    /** Carried minutes are capped at this (null: no cap) and expire after this many periods (null: never). */
    carryCapMinutes: integer(),
    carryExpiryPeriods: integer(),
    techMayAddCost: boolean().notNull().default(false),
    techMayAddTime: boolean().notNull().default(false),
    /** The org's own cost of serving the plan per period, and per hour beyond the included ones (K2 costing). */
    fixedCost: numeric({ precision: 12, scale: 2 }),
    differenceCost: numeric({ precision: 12, scale: 2 }),
    archivedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // Typed, not inferred: contracts reference this table too, and the cycle would make both types `any`.
  (t): PgTableExtraConfigValue[] => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("service_plans_org_id_customer_id_idx").on(t.orgId, t.customerId),
    index("service_plans_org_id_created_at_id_idx").on(t.orgId, t.createdAt.desc(), t.id.desc()),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.contractId], foreignColumns: [contracts.orgId, contracts.id] }),
    check("service_plans_minutes_check", sql`${t.includedMinutes} >= 0 and ${t.roundingMinutes} >= 0 and ${t.minimumMinutes} >= 0`),
  ],
);

/**
 * One billing period of a plan, made when a movement first lands in it. Closing it (invoiced)
 * freezes it: a trigger refuses any change to a closed period and any ledger row written into,
 * changed in or removed from it (migration), so a later correction must land in the open period.
 */
export const planPeriods = pgTable(
  "plan_periods",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    planId: uuid().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    /** The last day of the period (inclusive, like contract end dates). */
    endsOn: date({ mode: "string" }).notNull(),
    closedAt: timestamp({ withTimezone: true, precision: 3 }),
    closedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.planId, t.startsOn] }),
    foreignKey({ columns: [t.orgId, t.planId], foreignColumns: [servicePlans.orgId, servicePlans.id] }).onDelete("cascade"),
  ],
);

/**
 * A movement of a plan's hours (lib/plans/ledger.ts): `minutes` signed, + adds to the balance
 * (grant, carry-in, a positive adjustment), − uses it (consumption, addition, expiry, a negative
 * adjustment). Consumption keeps its raw and rounded minutes, the record, technician, work date and
 * time entry it came from; later changes to that work append delta rows, so a total is a sum of rows.
 */
export const planLedgerEntries = pgTable(
  "plan_ledger_entries",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    planId: uuid().notNull(),
    periodStart: date({ mode: "string" }).notNull(),
    kind: planLedgerKind().notNull(),
    minutes: integer().notNull().default(0),
    rawMinutes: integer(),
    roundedMinutes: integer(),
    amount: numeric({ precision: 12, scale: 2 }),
    /** No foreign key: the ledger outlives a deleted record or entry (an invoiced period is history). */
    recordId: uuid(),
    technicianId: uuid().references(() => users.id, { onDelete: "set null" }),
    timeEntryId: uuid(),
    /** The civil day the work was done (org time zone): the visit a consumption row belongs to. */
    workDate: date({ mode: "string" }),
    reason: text(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Insertion order, so rows list in the order they were written. */
    seq: integer().generatedAlwaysAsIdentity(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("plan_ledger_entries_org_id_plan_id_period_start_idx").on(t.orgId, t.planId, t.periodStart, t.seq),
    index("plan_ledger_entries_org_id_record_id_idx").on(t.orgId, t.recordId),
    // Deleting a plan (with its customer) takes its periods and their rows; nothing else deletes a period.
    foreignKey({
      columns: [t.orgId, t.planId, t.periodStart],
      foreignColumns: [planPeriods.orgId, planPeriods.planId, planPeriods.startsOn],
    }).onDelete("cascade"),
  ],
);

export type ServicePlan = typeof servicePlans.$inferSelect;
export type PlanPeriodRow = typeof planPeriods.$inferSelect;
export type PlanLedgerRow = typeof planLedgerEntries.$inferSelect;
