import type { Actor } from "@/lib/permissions/actor";
import { actorMay } from "@/lib/permissions/actor-may";

// Client-safe: the detail page decides with it which buttons to show; the update, delete and move
// verbs refuse with it (requireMayEditAppointment in lib/appointments/internal.ts).

/**
 * SPEC W2: an appointment is changed (edited, moved, deleted) only by the one who booked it, plus
 * whoever may manage others' calendars. Attending is not enough: a colleague booked into a
 * meeting cannot move it for everyone.
 */
export function mayEditAppointment(actor: Actor, appointment: { createdById: string | null }) {
  if (actor.kind !== "member") return false;
  if (actorMay(actor, "calendar.manageOthers")) return true;
  return appointment.createdById === actor.userId && actorMay(actor, "calendar.manage");
}
