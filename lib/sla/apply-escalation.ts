import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { serviceAssignments, serviceRecords } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { Tenant } from "@/lib/db/tenant";
import type { SystemContext } from "@/lib/jobs/define-job";
import { requirePermission } from "@/lib/permissions/require-permission";
import { setAssignees } from "@/lib/service/assign";
import { OPEN_STATUSES } from "@/lib/service/status";
import type { SlaEscalation } from "./due-sla-alerts";
import { logSlaChange } from "./log-sla-event";

/**
 * The record-changing escalation actions (SPEC K1a), in the alert's transaction after its claim.
 * Raising the priority writes what the record's update verb writes for a priority change (a new
 * version, the clock's priority_changed event, a service.updated row); adding an assignee goes
 * through the assign verb's step, e-mail and OLA clock included. A closed record is left alone.
 */
export async function applyEscalation(ctx: SystemContext, t: Tenant<Tx>, recordId: string, rule: SlaEscalation) {
  // Read again and locked: an earlier action of this run may have changed it.
  const [record] = await t.db
    .select()
    .from(serviceRecords)
    .where(t.whereWritable(serviceRecords, eq(serviceRecords.id, recordId)))
    .for("update");
  if (!record || !OPEN_STATUSES.includes(record.status)) return;
  if (rule.action === "raise_priority" && rule.priorityId && rule.priorityId !== record.priorityId) {
    requirePermission(ctx, "serviceRecords.update");
    await t.db
      .update(serviceRecords)
      .set({ priorityId: rule.priorityId, version: record.version + 1 })
      .where(t.whereWritable(serviceRecords, eq(serviceRecords.id, record.id)));
    await logSlaChange(t, record.id, { kind: "priority_changed", priority: rule.priorityId });
    await recordActivity(ctx, t, {
      kind: "service.updated",
      entityId: record.id,
      customerId: record.customerId,
      summary: `#${record.number} ${record.subject}`.trim(),
      changes: { priorityId: { from: record.priorityId, to: rule.priorityId } },
    });
  }
  if (rule.action === "add_assignee" && rule.userId) {
    requirePermission(ctx, "serviceRecords.assign");
    const current = await t.db
      .select({ userId: serviceAssignments.userId })
      .from(serviceAssignments)
      .where(t.where(serviceAssignments, eq(serviceAssignments.recordId, record.id)));
    await setAssignees(ctx, t, record.id, [...current.map((a) => a.userId), rule.userId]);
  }
}
