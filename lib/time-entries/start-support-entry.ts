import "server-only";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { parseInput } from "@/lib/validation";
import { type Clock, instantOf } from "./internal";
import { startSupportEntrySchema } from "./schemas";
import { startTimer } from "./start-timer";

/** Today's date where the org works, not where the server runs. */
function todayIn(timeZone: string, at: Date) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/**
 * Seed 000 "Destek": choosing the customer starts the clock while the operator types. The clock
 * needs a record to run on, so this opens a draft record (subject prefilled by the form) and
 * starts the operator's timer on it; saveSupportEntry fills it in. A draft the operator abandons
 * stays as an ordinary open record in the list — visible, never lost time.
 */
export async function startSupportEntry(ctx: OrgContext, input: unknown, clock: Clock = {}) {
  requirePermission(ctx, "serviceRecords.create");
  requirePermission(ctx, "timeEntries.log");
  const { customerId, subject, serviceTypeId } = parseInput(startSupportEntrySchema, input);
  const at = instantOf(clock);
  const created = await createServiceRecord(ctx, {
    customerId,
    subject,
    serviceTypeId,
    subjectKind: "text",
    requestDate: todayIn(ctx.org.timeZone, at),
  });
  const timer = await startTimer(ctx, { recordId: created.id }, { now: at });
  const record = await getServiceRecordInOrgOrThrow(ctx.t, created.id);
  return { recordId: created.id, number: created.number, version: record.version, startedAt: timer.startedAt, switchedFrom: timer.switchedFrom };
}
