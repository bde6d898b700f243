import "server-only";
import type { SlaPolicyRow } from "@/db/schema";
import type { SlaPolicyKind } from "@/db/schema/enum-values";
import { now } from "@/lib/clock";
import type { Tenant } from "@/lib/db/tenant";
import { findPolicyInForce, policySnapshot } from "./internal";
import { appendSlaEvent } from "./log-sla-event";
import { clocksOf } from "./recompute-sla-cache";

type RecordFacts = { id: string; customerId: string | null; priorityId: string | null; status: string };

/**
 * Starts the record's `kind` clock if its customer has a contract of that kind in force now with a
 * policy: the SLA clock when the record is created (every creation path goes through
 * createServiceRecord), the OLA clock when it is first assigned. The started event carries the
 * policy as it is now, so later edits of the policy reach the clock only as logged changes.
 */
export async function startSlaClock(t: Tenant, record: RecordFacts, kind: SlaPolicyKind, timeZone: string) {
  if (!record.customerId) return false;
  if (kind === "ola" && (await clocksOf(t, record.id)).includes("ola")) return false;
  const at = now();
  return startSlaClockUnder(t, record, kind, await findPolicyInForce(t, record.customerId, kind, at, timeZone), at);
}

/**
 * The start itself, with the policy the caller found in force (findPoliciesInForce) for a record
 * whose `kind` clock has not started: a record filed just now looks both kinds up in one read.
 */
export async function startSlaClockUnder(t: Tenant, record: RecordFacts, kind: SlaPolicyKind, policy: SlaPolicyRow | null, at = now()) {
  if (!policy) return false;
  await appendSlaEvent(
    t,
    record.id,
    kind,
    "started",
    { priority: record.priorityId ?? "", status: record.status, policy: policySnapshot(policy), policyId: policy.id, calendarId: policy.calendarId },
    at,
  );
  return true;
}
