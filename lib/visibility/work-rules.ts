import "server-only";
import { and, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn, QueryBuilder } from "drizzle-orm/pg-core";
import { appointmentAttendees, appointments, meetingNoteParticipants, meetingNotes, reminderRecipients, reminders, workItems } from "@/db/schema";
import { workRule } from "./predicates";
import type { Scope } from "./scope";

// The issue 13 tables' rules for the registry: each row is visible with the work it belongs to
// (lib/visibility/predicates.ts workRule), and a child row (attendee, participant, recipient) with
// its parent.

const qb = new QueryBuilder();

const visAttendee = alias(appointmentAttendees, "vis_attendee");
const visParticipant = alias(meetingNoteParticipants, "vis_participant");
const visRecipient = alias(reminderRecipients, "vis_recipient");
const visAppointment = alias(appointments, "vis_appointment");
const visMeeting = alias(meetingNotes, "vis_meeting");
const visReminder = alias(reminders, "vis_reminder");

function oneOf(
  orgId: string,
  table: typeof visAttendee | typeof visParticipant | typeof visRecipient,
  parent: AnyPgColumn,
  parentId: AnyPgColumn,
  userIds: string[],
) {
  return exists(
    qb
      .select({ one: sql`1` })
      .from(table)
      .where(and(eq(table.orgId, orgId), sql`${parentId} = ${parent}`, inArray(table.userId, userIds))),
  );
}

export function workItemRule(scope: Scope, orgId: string): SQL | undefined {
  return workRule(scope, orgId, workItems.customerId, (ids) => or(inArray(workItems.createdById, ids), inArray(workItems.assigneeId, ids)));
}

function appointmentRuleOf(scope: Scope, orgId: string, a: typeof appointments | typeof visAppointment): SQL | undefined {
  return workRule(scope, orgId, a.customerId, (ids) =>
    or(inArray(a.createdById, ids), oneOf(orgId, visAttendee, a.id, visAttendee.appointmentId, ids)),
  );
}

export function appointmentRule(scope: Scope, orgId: string) {
  return appointmentRuleOf(scope, orgId, appointments);
}

function meetingRuleOf(scope: Scope, orgId: string, m: typeof meetingNotes | typeof visMeeting): SQL | undefined {
  return workRule(scope, orgId, m.customerId, (ids) =>
    or(inArray(m.createdById, ids), oneOf(orgId, visParticipant, m.id, visParticipant.noteId, ids)),
  );
}

export function meetingNoteRule(scope: Scope, orgId: string) {
  return meetingRuleOf(scope, orgId, meetingNotes);
}

function reminderRuleOf(scope: Scope, orgId: string, r: typeof reminders | typeof visReminder): SQL | undefined {
  return workRule(scope, orgId, r.customerId, (ids) =>
    or(inArray(r.createdById, ids), oneOf(orgId, visRecipient, r.id, visRecipient.reminderId, ids)),
  );
}

export function reminderRule(scope: Scope, orgId: string) {
  return reminderRuleOf(scope, orgId, reminders);
}

/** A child row (attendee, participant, contact met, recipient) is visible with its parent. */
export function childOf(kind: "appointment" | "meeting" | "reminder", parentId: AnyPgColumn, scope: Scope, orgId: string): SQL | undefined {
  {
    if (scope.kind === "all") return undefined;
    const [parent, rule] =
      kind === "appointment"
        ? [visAppointment, appointmentRuleOf(scope, orgId, visAppointment)]
        : kind === "meeting"
          ? [visMeeting, meetingRuleOf(scope, orgId, visMeeting)]
          : [visReminder, reminderRuleOf(scope, orgId, visReminder)];
    return exists(
      qb
        .select({ one: sql`1` })
        .from(parent)
        .where(and(eq(parent.orgId, orgId), sql`${parent.id} = ${parentId}`, rule)),
    );
  }
}
