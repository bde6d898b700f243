import "server-only";
import { eq } from "drizzle-orm";
import { serviceRecords } from "@/db/schema";
import { diffFields, recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { postTimeToPlan } from "@/lib/plans/post-time-to-plan";
import { assertServiceReferencesInOrg, getServiceRecordInOrgOrThrow, moveStatus } from "@/lib/service/internal";
import { parseInput } from "@/lib/validation";
import { type Clock, assertRecordOpen, findRunningEntry, instantOf, lockTimerOwner, stopEntry } from "./internal";
import { saveSupportEntrySchema } from "./schemas";

/**
 * Files the quick support entry into its draft record: stops the operator's timer on it, saves
 * the typed fields (before/after in the activity) and leaves it open or cancels it. Completing —
 * which e-mails the report for approval — stays on the record page.
 *
 * Who may save: anyone who may change records (Edit), or the Contribute-level operator who opened
 * this draft, while it is open — the form finishes their own creation, not someone else's record.
 */
export async function saveSupportEntry(ctx: OrgContext, input: unknown, clock: Clock = {}) {
  requirePermission(ctx, "serviceRecords.create");
  const { id, version, status, ...fields } = parseInput(saveSupportEntrySchema, input);
  return ctx.t.transaction(async (t) => {
    // Same lock order as startTimer (owner, then record), so the two never deadlock.
    await lockTimerOwner(t, ctx.actor.userId);
    const record = await getServiceRecordInOrgOrThrow(t, id, { lock: true });
    if (!can(ctx.actor, "serviceRecords.update") && record.createdById !== ctx.actor.userId) throw new ForbiddenError("serviceRecords.update");
    assertRecordOpen(record);
    if (record.version !== version) throw new ConflictError("staleVersion");
    await assertServiceReferencesInOrg(t, { ...record, ...fields, priorityId: record.priorityId, productId: record.productId });

    const running = await findRunningEntry(t, ctx.actor.userId);
    const stopped = running?.recordId === id ? await stopEntry(ctx, t, running, instantOf(clock)) : null;

    let current = { ...record };
    const changes = diffFields(record, fields);
    if (Object.keys(changes).length > 0) {
      await t.db
        .update(serviceRecords)
        .set({ ...fields, version: version + 1 })
        .where(t.where(serviceRecords, eq(serviceRecords.id, id)));
      await recordActivity(ctx, t, {
        kind: "service.updated",
        entityId: id,
        customerId: fields.customerId,
        summary: `#${record.number} ${fields.subject}`,
        changes,
      });
      current = { ...current, ...fields, version: version + 1 };
      // Another customer or type may mean another plan (or none): the record's time moves with it.
      if ("customerId" in changes || "serviceTypeId" in changes) await postTimeToPlan(ctx, t, { recordId: id });
    }
    if (status !== current.status) {
      await moveStatus(ctx, t, current, status);
      current = { ...current, status, version: current.version + 1 };
    }
    return { id, number: record.number, version: current.version, status: current.status, stoppedAt: stopped?.stoppedAt ?? null };
  });
}
