import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { SlaEvent, SlaPolicySnapshot, SlaTargets } from "@/lib/sla/events";
import { createdAt, id, updatedAt } from "./columns";
import { businessCalendars, contracts } from "./contracts";
import { SLA_POLICY_KINDS, type SlaEscalationAction } from "./enum-values";
import { orgs } from "./orgs";
import { serviceRecords } from "./service";

// Issue 11 items 5 and 6 (SPEC K1a): the policy an SLA or OLA contract carries, and each service
// record's append-only clock log. The clock itself is derived (lib/sla/clock.ts), never stored;
// service_records keeps only a cache of its deadlines for the list.

export const slaPolicyKind = pgEnum("sla_policy_kind", SLA_POLICY_KINDS);

/** At `offsetMinutes` (business minutes) before (−) or after (+) the resolution deadline. */
export type SlaEscalationRule = { offsetMinutes: number; action: SlaEscalationAction; userId?: string | null; priorityId?: string | null };

export const slaPolicies = pgTable(
  "sla_policies",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    /** One policy per contract. */
    contractId: uuid().notNull(),
    kind: slaPolicyKind().notNull().default("sla"),
    calendarId: uuid().notNull(),
    /** By priority picklist item id, in business minutes. */
    targets: jsonb().$type<Record<string, SlaTargets>>().notNull().default({}),
    pauseStatuses: jsonb().$type<string[]>().notNull().default(["waiting_for_customer", "waiting_for_parts"]),
    warnPercent: integer().notNull().default(80),
    escalations: jsonb().$type<SlaEscalationRule[]>().notNull().default([]),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("sla_policies_org_id_contract_id_idx").on(t.orgId, t.contractId),
    index("sla_policies_org_id_calendar_id_idx").on(t.orgId, t.calendarId),
    foreignKey({ columns: [t.orgId, t.contractId], foreignColumns: [contracts.orgId, contracts.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.calendarId], foreignColumns: [businessCalendars.orgId, businessCalendars.id] }),
    check("sla_policies_warn_percent_check", sql`${t.warnPercent} between 1 and 100`),
  ],
);

/** What an event row's `data` holds besides kind and instant: the rest of the SlaEvent, plus where the policy came from. */
export type SlaEventData = Omit<SlaEvent, "kind" | "at"> & { policyId?: string; calendarId?: string } & Record<string, unknown>;

/**
 * The append-only clock log (lib/sla/events.ts), one per record and policy kind (`clock`: sla, or
 * ola for the internal one started on assignment). A trigger refuses UPDATE and DELETE (migration
 * 0023), so a past pause can never be edited away; only deleting the record or org removes it.
 */
export const slaEvents = pgTable(
  "sla_events",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    recordId: uuid().notNull(),
    clock: slaPolicyKind().notNull(),
    kind: text().$type<SlaEvent["kind"]>().notNull(),
    at: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    data: jsonb().$type<SlaEventData>().notNull().default({}),
    /** Insertion order, so events at the same instant replay in the order they were written. */
    seq: integer().generatedAlwaysAsIdentity(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("sla_events_org_id_record_id_at_idx").on(t.orgId, t.recordId, t.clock, t.at),
    foreignKey({ columns: [t.orgId, t.recordId], foreignColumns: [serviceRecords.orgId, serviceRecords.id] }).onDelete("cascade"),
  ],
);

export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
export type SlaEventRow = typeof slaEvents.$inferSelect;
export type { SlaPolicySnapshot };
