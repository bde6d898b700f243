// Client-safe: plain values only. The one place each of these database enums' values is written:
// the pgEnums beside the tables read them here, and so do the zod schemas and the UI, which run in
// the browser and must not pull the table definitions into its bundle. The structure test
// (tests/unit/structure.test.ts) fails on a second copy anywhere in the code.

export const MEMBER_ROLES = ["admin", "member"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** SPEC T3. Index order is the ranking (lib/permissions/levels.ts). */
export const PERMISSION_LEVELS = ["none", "view", "contribute", "edit", "manage"] as const;

export const CUSTOMER_TYPES = ["distributor", "main_dealer", "dealer", "customer"] as const;
export const LIFECYCLE_STATUSES = ["first_contact", "in_talks", "potential", "active"] as const;
export const CONTACT_METHODS = ["email", "phone", "whatsapp", "visit"] as const;

/** SPEC S1, in the order of a record's life (lib/service/status.ts holds the moves). */
// The two waiting statuses (issue 11) come last because PostgreSQL appends enum values; they pause an SLA clock.
export const SERVICE_STATUSES = [
  "new",
  "assigned",
  "in_progress",
  "completed",
  "approved",
  "closed",
  "cancelled",
  "waiting_for_customer",
  "waiting_for_parts",
] as const;
export const SERVICE_SUBJECT_KINDS = ["text", "product"] as const;
export type ServiceSubjectKind = (typeof SERVICE_SUBJECT_KINDS)[number];
export const ASSIGNMENT_RESPONSES = ["pending", "accepted", "rejected"] as const;
export const TIME_ENTRY_SOURCES = ["timer", "manual"] as const;
export type TimeEntrySource = (typeof TIME_ENTRY_SOURCES)[number];
export const SERVICE_MESSAGE_KINDS = ["internal", "email_in", "email_out", "system"] as const;

export const EMAIL_STATUSES = ["queued", "sent", "failed"] as const;
export const ACTIVITY_ACTOR_KINDS = ["member", "portal_contact", "token_holder", "system"] as const;

/** SPEC K1: a contract's state, derived from its dates and events (lib/contracts/state.ts), never typed in. */
export const CONTRACT_STATES = ["draft", "active", "expiring_soon", "expired", "renewed", "terminated"] as const;
export type ContractState = (typeof CONTRACT_STATES)[number];
/** SPEC K1a: one SLA clock's state as derived from its event log (lib/sla/clock.ts). */
export const SLA_CLOCK_STATES = ["running", "paused", "met", "breached", "breached_met_late"] as const;
export type SlaClockState = (typeof SLA_CLOCK_STATES)[number];
/** SPEC K1a: an SLA policy binds the customer; an OLA one the org's own teams (starts on assignment). */
export const SLA_POLICY_KINDS = ["sla", "ola"] as const;
export type SlaPolicyKind = (typeof SLA_POLICY_KINDS)[number];
/** SPEC K1a: what an escalation rule does at its offset from the resolution deadline. */
export const SLA_ESCALATION_ACTIONS = ["notify_person", "notify_manager", "raise_priority", "add_assignee"] as const;
export type SlaEscalationAction = (typeof SLA_ESCALATION_ACTIONS)[number];

/**
 * SPEC K3 / issue 12: what a schedule does with occurrences that became due while nothing ran (the
 * app down, the schedule paused). On-time occurrences are always created; these decide the late
 * ones. `create_upcoming` (the default): create those whose date has not passed, mark the rest
 * missed and notify. lib/schedules/occurrences.ts (planCatchUp) holds the rule.
 */
export const SCHEDULE_CATCH_UP_POLICIES = ["create_upcoming", "create_all", "latest_only", "mark_missed"] as const;
export type ScheduleCatchUpPolicy = (typeof SCHEDULE_CATCH_UP_POLICIES)[number];
/** An occurrence once settled: its record created, missed (notified), or skipped for a later one (latest_only). */
export const SCHEDULE_OCCURRENCE_STATES = ["pending", "created", "missed", "skipped"] as const;
export type ScheduleOccurrenceState = (typeof SCHEDULE_OCCURRENCE_STATES)[number];
/** Where an occurrence on a non-working day goes: the next working day, or the one before (last working day of the month). */
export const SCHEDULE_HOLIDAY_MOVES = ["next", "previous"] as const;
export type ScheduleHolidayMove = (typeof SCHEDULE_HOLIDAY_MOVES)[number];

/** Issue 11 (G4, in-app notifications): what a notification is about, defined once (catalogue: notifications.kinds). */
export const NOTIFICATION_KINDS = [
  "contract_expiring",
  "contract_expired",
  "contract_renewed",
  "sla_warning",
  "sla_breach",
  "sla_escalation",
  // The same alerts of the internal OLA clock, apart so members can route them apart.
  "ola_warning",
  "ola_breach",
  "ola_escalation",
  "schedule_missed",
  // Issue 13: a reminder came due (W6) for each of its recipients.
  "reminder_due",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** Where a user wants a kind of notification; no preference row means `both`. */
export const NOTIFICATION_CHANNELS = ["in_app", "email", "both"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
/** The records a notification links to (`/<org>/service/<id>`, `/<org>/contracts/<id>`). */
export const NOTIFICATION_ENTITY_TYPES = ["service_record", "contract", "maintenance_schedule", "reminder"] as const;
export type NotificationEntityType = (typeof NOTIFICATION_ENTITY_TYPES)[number];

/** SPEC T8. Anything but `working` ends the member's access to the org (lib/members/working-membership.ts). */
export const EMPLOYMENT_STATUSES = ["working", "dismissed", "resigned"] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/** SPEC T6 positions, highest first; no position (null) means "not placed". */
export const MEMBER_POSITIONS = ["director", "manager_director", "manager", "employee"] as const;
/** SPEC T9 scopes a position can be given, widest first. */
export const POSITION_SCOPES = ["all", "department", "responsible"] as const;

/** SPEC T6 / seed 004: the papers kept for an employee (fotoğraf, nüfus cüzdanı, ikametgah, sağlık raporu, sabıka kaydı, diploma). */
export const MEMBER_DOCUMENT_KINDS = ["photo", "id_copy", "residence", "health_report", "criminal_record", "diploma", "other"] as const;
export type MemberDocumentKind = (typeof MEMBER_DOCUMENT_KINDS)[number];

/** SPEC K2 (issue 12): how a service plan is invoiced. */
export const PLAN_BILLING_METHODS = ["fixed", "hourly", "prepaid_hours"] as const;
export type PlanBillingMethod = (typeof PLAN_BILLING_METHODS)[number];
/** SPEC K2: the length of a plan's period; the ledger keeps one set of rows per period. */
export const PLAN_BILLING_PERIODS = ["monthly", "quarterly", "yearly"] as const;
export type PlanBillingPeriod = (typeof PLAN_BILLING_PERIODS)[number];
/** SPEC K2: what happens to time beyond the included hours (lib/plans/ledger.ts). */
export const PLAN_OVERTIME_BEHAVIOURS = ["bill_overtime", "allow_free", "require_override"] as const;
export type PlanOvertimeBehaviour = (typeof PLAN_OVERTIME_BEHAVIOURS)[number];
/** One movement of a plan's hours ledger (db/schema/plans.ts); minutes are signed, + adds to the balance. */
export const PLAN_LEDGER_KINDS = ["grant", "consumption", "addition", "extra_cost", "adjustment", "carry_in", "expiry", "overage"] as const;
export type PlanLedgerKind = (typeof PLAN_LEDGER_KINDS)[number];

/** SPEC W1 (issue 13): a work item is a task (something to do) or an issue (something wrong to sort out). */
export const WORK_ITEM_KINDS = ["task", "issue"] as const;
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];
/** A task's or issue's state; `done` and `cancelled` end it (grouped Completed, SPEC C4). */
export const WORK_ITEM_STATUSES = ["open", "in_progress", "done", "cancelled"] as const;
export type WorkItemStatus = (typeof WORK_ITEM_STATUSES)[number];
/** A task's or issue's priority, lowest first. */
export const WORK_ITEM_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type WorkItemPriority = (typeof WORK_ITEM_PRIORITIES)[number];
/** SPEC W5 / seed 004 (görüşme sonucu): what a meeting came to; `appointment` opens the appointment form. */
export const MEETING_OUTCOMES = ["informational", "follow_up", "appointment", "offer_requested", "not_interested"] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];
