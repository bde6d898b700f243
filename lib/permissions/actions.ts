import type { Level } from "./levels";

/**
 * A member's minimum level, or `tokenOnly`: no member holds the action at any level, only the
 * holder of a link's token does (lib/permissions/token-grants.ts) — the customer approving, an
 * assignee answering by link, someone accepting an invitation.
 */
type Rule = { level: Level; adminOnly?: true } | { tokenOnly: true };

/**
 * Every action of the app and the minimum level it needs (SPEC T3/T4). Designed for the whole
 * spec: modules that do not exist yet already have their rows, so adding a module never means
 * inventing a new rule. `adminOnly` marks actions that change who holds power in the org.
 */
export const ACTION_RULES = {
  // Organisation
  "org.view": { level: "none" },
  "org.settings.view": { level: "view" },
  "org.settings.update": { level: "manage", adminOnly: true },
  "members.view": { level: "view" },
  "members.remove": { level: "manage", adminOnly: true },
  "members.changeRole": { level: "manage", adminOnly: true },
  /** SPEC T8: working, dismissed, resigned; ending an admin's employment is checked in the verb. */
  "members.setEmploymentStatus": { level: "manage" },
  /** SPEC T6: another member's profile page and documents; a member's own page needs no level. */
  "members.profiles.view": { level: "manage" },
  /** SPEC T6: upload and delete a member's documents (the member themself only reads theirs). */
  "members.documents.manage": { level: "manage" },
  "invitations.view": { level: "manage" },
  "invitations.create": { level: "manage" },
  "invitations.revoke": { level: "manage" },
  "invitations.accept": { tokenOnly: true },
  "permissions.view": { level: "manage" },
  "permissions.update": { level: "manage" },
  /** SPEC T9: "why can X see / change this?" — tells who reaches which customer, so Manage only. */
  "access.explain": { level: "manage" },
  "picklists.manage": { level: "manage" },
  "mailbox.view": { level: "manage", adminOnly: true },
  /** Issue 11 (G4): Settings → Background jobs lists the org's failed and recent jobs and sends one again. */
  "jobs.view": { level: "manage", adminOnly: true },
  "jobs.retry": { level: "manage", adminOnly: true },
  // Customer data (C, A)
  "customers.view": { level: "view" },
  "customers.create": { level: "contribute" },
  "customers.update": { level: "edit" },
  "customers.delete": { level: "manage" },
  "customers.export": { level: "view" },
  "contacts.view": { level: "view" },
  "contacts.create": { level: "contribute" },
  "contacts.update": { level: "edit" },
  "contacts.delete": { level: "manage" },
  "activities.view": { level: "view" },
  "notes.create": { level: "contribute" },
  "notes.update": { level: "edit" },
  "notes.delete": { level: "manage" },
  // Service records (S)
  "serviceRecords.view": { level: "view" },
  "serviceRecords.create": { level: "contribute" },
  "serviceRecords.update": { level: "edit" },
  "serviceRecords.delete": { level: "manage" },
  "serviceRecords.assign": { level: "edit" },
  "serviceRecords.close": { level: "edit" },
  /** SPEC S6: the customer approves through the e-mailed link. */
  "serviceRecords.approve": { tokenOnly: true },
  /** SPEC S4: the assignee accepts or rejects by link or e-mail reply. */
  "assignments.respond": { tokenOnly: true },
  "timeEntries.log": { level: "contribute" },
  "timeEntries.correct": { level: "edit" },
  "messages.post": { level: "contribute" },
  "products.manage": { level: "manage" },
  // Contracts, plans, schedules (K)
  "contracts.view": { level: "view" },
  "contracts.create": { level: "contribute" },
  "contracts.update": { level: "edit" },
  "contracts.delete": { level: "manage" },
  /** Ending a contract early is a change of its dates, so Edit like an update. */
  "contracts.terminate": { level: "edit" },
  /** Issue 11: business calendars (working hours, holidays) that SLA clocks count in. */
  "businessCalendars.view": { level: "view" },
  "businessCalendars.manage": { level: "manage" },
  /** Issue 12 (SPEC K2): service plans and their hours ledger, levelled like contracts. */
  "plans.view": { level: "view" },
  "plans.create": { level: "contribute" },
  "plans.update": { level: "edit" },
  "plans.archive": { level: "manage" },
  /** A manual correction of a plan's hours, with a reason. */
  "plans.adjust": { level: "edit" },
  /** A technician's added time or extra cost on their work, when the plan allows it. */
  "plans.addWork": { level: "contribute" },
  /** Closing (invoicing) a period freezes it; deriving the ledger again rewrites the open periods. */
  "plans.closePeriod": { level: "manage" },
  "plans.recompute": { level: "manage" },
  /** Issue 12 (SPEC K3): maintenance schedules. They file and assign records on their own, so setting one up needs Edit, like assigning. */
  "schedules.view": { level: "view" },
  "schedules.create": { level: "edit" },
  "schedules.update": { level: "edit" },
  "schedules.pause": { level: "edit" },
  /** Like a contract: removing the schedule is Manage; the records it filed stay. */
  "schedules.delete": { level: "manage" },
  // Work (W) and sales
  // Issue 13 (SPEC W1–W7). Tasks and issues: the assignee or creator moves their own item's status with Contribute (logging work); changing anything else of an item is Edit.
  "tasks.view": { level: "view" },
  "tasks.create": { level: "contribute" },
  "tasks.update": { level: "edit" },
  "tasks.complete": { level: "contribute" },
  "tasks.delete": { level: "manage" },
  /** Appointments: booking (also for a colleague) and changing one's own are Contribute; another's, Manage (W2). */
  "calendar.view": { level: "view" },
  "calendar.manage": { level: "contribute" },
  "calendar.manageOthers": { level: "manage" },
  /** Meeting notes (W5). */
  "meetings.view": { level: "view" },
  "meetings.create": { level: "contribute" },
  "meetings.update": { level: "edit" },
  "meetings.delete": { level: "manage" },
  /** Reminders (W6) are the member's own, not customer data: anyone who reads the org sets them; only the creator edits (checked in the verb). */
  "reminders.manage": { level: "view" },
  /** The dispatch board (W7); planning on it is serviceRecords.assign. */
  "dispatch.view": { level: "view" },
  "sales.view": { level: "view" },
  "sales.create": { level: "contribute" },
  "sales.update": { level: "edit" },
  "sales.delete": { level: "manage" },
  // Reports (R)
  "reports.view": { level: "view" },
  "reports.export": { level: "view" },
  /** Report 2 of someone else (own reports need only reports.view). */
  "reports.viewOthers": { level: "manage" },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof ACTION_RULES;
export const ACTIONS = Object.keys(ACTION_RULES) as Action[];

export function ruleFor(action: Action): Rule {
  return ACTION_RULES[action];
}
