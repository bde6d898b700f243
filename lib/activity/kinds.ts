// Client-safe: the feed, its filter and the verbs share this one list of what can happen.

/**
 * Every kind of activity row, "entity.verb". Each has two texts in the catalogue: a sentence
 * fragment after the actor's name in the feed (`activityKinds`, "added a note") and a label of
 * its own for pickers such as the Activities filter (`activityKindLabels`, "Note added").
 */
export const ACTIVITY_KINDS = [
  "customer.created",
  "customer.updated",
  "customer.deleted",
  /** SPEC C3: a contract moved the customer's lifecycle status forward. */
  "customer.statusMoved",
  "contact.created",
  "contact.updated",
  "contact.deleted",
  "note.created",
  "note.updated",
  "note.deleted",
  "service.created",
  "service.updated",
  "service.statusChanged",
  "service.assigned",
  /** Issue 13: planned on the dispatch board (window and technician). */
  "service.planned",
  "service.accepted",
  "service.rejected",
  "service.completed",
  "service.approved",
  "service.closed",
  "service.timeLogged",
  "service.timeCorrected",
  "service.message",
  // Issue 11: the SLA alerts job.
  "service.slaWarned",
  "service.slaBreached",
  "service.slaEscalated",
  "service.olaWarned",
  "service.olaBreached",
  "service.olaEscalated",
  "contract.created",
  "contract.updated",
  "contract.terminated",
  "contract.deleted",
  "contract.fileAttached",
  "contract.slaPolicySet",
  // Issue 11: the milestone and auto-renew jobs.
  "contract.expiringNotified",
  "contract.expiredNotified",
  "contract.renewed",
  // Issue 12: service plans and their hours ledger.
  "plan.created",
  "plan.updated",
  "plan.archived",
  "plan.adjusted",
  "plan.workAdded",
  "plan.periodClosed",
  // Issue 12: maintenance schedules and what their generator decided.
  "schedule.created",
  "schedule.updated",
  "schedule.paused",
  "schedule.resumed",
  "schedule.deleted",
  "schedule.occurrencesMissed",
  // Issue 13: tasks and issues (SPEC W1), in their customer's feed.
  "task.created",
  "task.updated",
  "task.statusChanged",
  "task.deleted",
  "issue.created",
  "issue.updated",
  "issue.statusChanged",
  "issue.deleted",
  // Appointments (SPEC W2), in their customer's feed.
  "appointment.created",
  "appointment.updated",
  "appointment.deleted",
  // Meeting notes (SPEC W5), in their customer's feed.
  "meeting_note.created",
  "meeting_note.updated",
  "meeting_note.deleted",
  // Reminders (SPEC W6), in their customer's feed when they name one.
  "reminder.created",
  "reminder.updated",
  "reminder.deleted",
] as const;

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export function isActivityKind(value: unknown): value is ActivityKind {
  return typeof value === "string" && (ACTIVITY_KINDS as readonly string[]).includes(value);
}
