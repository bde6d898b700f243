import "server-only";
import { slaEvents, type SlaEventData } from "@/db/schema";
import type { SlaPolicyKind } from "@/db/schema/enum-values";
import { now } from "@/lib/clock";
import type { Tenant } from "@/lib/db/tenant";
import type { SlaEvent } from "./events";
import { clocksOf, recomputeSlaCache } from "./recompute-sla-cache";

type Without<E> = E extends unknown ? Omit<E, "at"> : never;
/** An event to log now; `started` and `policy_changed` also name the policy and calendar. */
export type NewSlaEvent = Without<Exclude<SlaEvent, { kind: "started" | "policy_changed" }>>;

/**
 * Appends one event to the record's log of `clock` (the log is append-only: a trigger refuses
 * UPDATE and DELETE) and rewrites the record's cached columns in the same transaction: the list's
 * from the SLA clock, the sweep's next alert from both clocks.
 */
export async function appendSlaEvent(t: Tenant, recordId: string, clock: SlaPolicyKind, kind: SlaEvent["kind"], data: SlaEventData, at = now()) {
  await t.db.insert(slaEvents).values(t.values({ recordId, clock, kind, at, data }));
  await recomputeSlaCache(t, recordId);
}

/** A change of the record logged to every clock it has; records without a clock log nothing. */
export async function logSlaChange(t: Tenant, recordId: string, ...events: NewSlaEvent[]) {
  await logSlaChangeOn(t, recordId, await clocksOf(t, recordId), events);
}

/** logSlaChange on the clocks the caller knows the record has (it started them in this transaction). */
export async function logSlaChangeOn(t: Tenant, recordId: string, clocks: readonly SlaPolicyKind[], events: readonly NewSlaEvent[]) {
  if (!clocks.length) return;
  const at = now();
  for (const clock of clocks) {
    for (const { kind, ...data } of events) await t.db.insert(slaEvents).values(t.values({ recordId, clock, kind, at, data }));
  }
  // Once for all of them: the cache reads the whole log.
  await recomputeSlaCache(t, recordId);
}
