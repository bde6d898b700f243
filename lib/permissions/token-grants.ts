import type { Action } from "./actions";
import type { TokenKind } from "./actor";

// Client-safe. What a token lets its holder do, and what jobs may do: the table the guard reads
// for actors who are not members. Each action reaches only what the holder's scope shows — the
// one record the token names (lib/visibility/scope.ts, "record") — so "approve" here means
// "approve that record".

export const TOKEN_GRANTS: Record<TokenKind, readonly Action[]> = {
  // The approval page shows the record's report; its button approves the record.
  approval: ["serviceRecords.view", "serviceRecords.approve"],
  // The accept/reject page names the record and its customer; its button answers the assignment.
  assignment: ["serviceRecords.view", "assignments.respond"],
  // A reply to an assignment e-mail goes into the record's thread and may answer the assignment.
  inboundReply: ["messages.post", "assignments.respond"],
  invitation: ["invitations.accept"],
};

/**
 * What jobs may do (lib/jobs): read the contracts and records they act on, create a renewal's
 * successor (contract renewals), raise a record's priority and add an assignee (SLA escalations).
 * E-mail delivery needs none: the e-mail was written by a guarded verb. Notifications are written
 * by notify() inside the caller's guarded transaction, so they are no action of their own.
 */
export const SYSTEM_GRANTS: readonly Action[] = [
  "contracts.view",
  "contracts.create",
  "serviceRecords.view",
  // Maintenance schedules (issue 12): the generator reads a schedule and files and assigns its record.
  "serviceRecords.create",
  "serviceRecords.update",
  "serviceRecords.assign",
  "schedules.view",
  // Appointment e-mails (issue 13): the job reads the appointment it tells its attendees of.
  "calendar.view",
  // Reminders (issue 13): the job reads a due reminder and alerts its recipients.
  "reminders.manage",
];
