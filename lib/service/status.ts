import { SERVICE_STATUSES } from "@/db/schema/enum-values";

/**
 * The service record's life (SPEC S1): new → assigned → in progress → completed → approved by the
 * customer → closed, or cancelled before completion. Client-safe: the UI offers only these moves.
 */
export { SERVICE_STATUSES };
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const TRANSITIONS: Record<ServiceStatus, readonly ServiceStatus[]> = {
  new: ["assigned", "in_progress", "cancelled"],
  // Back to new when the last assignee rejects: nobody has the work, so it needs assigning again.
  assigned: ["new", "in_progress", "cancelled", "waiting_for_customer", "waiting_for_parts"],
  // Completing sends the report; reopening a completed record (before approval) withdraws its link.
  in_progress: ["completed", "cancelled", "waiting_for_customer", "waiting_for_parts"],
  completed: ["in_progress", "approved"],
  approved: ["closed"],
  closed: [],
  cancelled: [],
  // Waiting on someone else (issue 11): the SLA clock stands still until work goes on.
  waiting_for_customer: ["in_progress", "waiting_for_parts", "cancelled"],
  waiting_for_parts: ["in_progress", "waiting_for_customer", "cancelled"],
};

/**
 * Targets the plain "change status" verb may move to. The others have their own verbs because
 * they do more: assigning e-mails people, completing e-mails the report, approving is the
 * customer's (public page), closing files the record into the customer's history.
 */
export const MANUAL_TARGETS: readonly ServiceStatus[] = ["in_progress", "waiting_for_customer", "waiting_for_parts", "cancelled"];

export function canTransition(from: ServiceStatus, to: ServiceStatus) {
  return TRANSITIONS[from].includes(to);
}

/** Statuses in which work is still open: timers may run, people may be assigned. */
export const OPEN_STATUSES: readonly ServiceStatus[] = ["new", "assigned", "in_progress", "waiting_for_customer", "waiting_for_parts"];
