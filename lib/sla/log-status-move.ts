import "server-only";
import type { SERVICE_STATUSES, SlaPolicyKind } from "@/db/schema/enum-values";
import type { Tenant } from "@/lib/db/tenant";
import { logSlaChange, logSlaChangeOn, type NewSlaEvent } from "./log-sla-event";

type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Where a record's work is over for the clock: done, or called off. */
const STOPPING: readonly ServiceStatus[] = ["completed", "cancelled"];
/** After completion the customer approves and the record is filed: the clock has already stopped. */
const AFTER_STOP: readonly ServiceStatus[] = ["completed", "approved", "closed", "cancelled"];

/**
 * The events a status move adds to the record's clocks (moveStatus calls it in its transaction).
 * First response, as Servio defines it: the first time someone takes the work on — an assignee
 * accepts (lib/service/answer-assignment.ts) or work starts (in progress). Records have no
 * outgoing customer e-mail yet; when they do, its first one is a first response too.
 * `clocks`: the record's clocks when the caller knows them (it filed the record), saving their read.
 */
export async function logSlaStatusMove(t: Tenant, recordId: string, from: ServiceStatus, to: ServiceStatus, clocks?: readonly SlaPolicyKind[]) {
  if (AFTER_STOP.includes(from) && AFTER_STOP.includes(to)) return;
  const events: NewSlaEvent[] = [];
  if (AFTER_STOP.includes(from)) events.push({ kind: "reopened" });
  events.push({ kind: "status_changed", status: to });
  if (to === "in_progress") events.push({ kind: "first_response" });
  if (STOPPING.includes(to)) events.push({ kind: "resolved" });
  if (clocks) await logSlaChangeOn(t, recordId, clocks, events);
  else await logSlaChange(t, recordId, ...events);
}
