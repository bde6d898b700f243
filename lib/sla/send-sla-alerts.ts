import "server-only";
import { eq, inArray, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { customers, memberProfiles, serviceAssignments, serviceRecords, type ServiceRecord } from "@/db/schema";
import type { SlaPolicyKind } from "@/db/schema/enum-values";
import { recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { Tenant } from "@/lib/db/tenant";
import { defineOrgJob, type SystemContext } from "@/lib/jobs/define-job";
import { claimEffect } from "@/lib/jobs/once";
import { notify } from "@/lib/notifications/notify";
import { requirePermission } from "@/lib/permissions/require-permission";
import { applyEscalation } from "./apply-escalation";
import { dueSlaAlerts, type SlaAlert, slaAlertKey } from "./due-sla-alerts";
import { readAlertClocks, recomputeSlaCache } from "./recompute-sla-cache";

export type SlaAlertsData = { recordId: string };

/** The notification and the feed entry of each alert, by clock: an OLA alert says OLA. */
const ALERT_KINDS = {
  sla: {
    warning: { notification: "sla_warning", activity: "service.slaWarned" },
    breach: { notification: "sla_breach", activity: "service.slaBreached" },
    escalation: { notification: "sla_escalation", activity: "service.slaEscalated" },
  },
  ola: {
    warning: { notification: "ola_warning", activity: "service.olaWarned" },
    breach: { notification: "ola_breach", activity: "service.olaBreached" },
    escalation: { notification: "ola_escalation", activity: "service.olaEscalated" },
  },
} as const;

/** The record's assignees who have not turned it down. */
async function assigneesOf(t: Tenant, recordId: string) {
  const rows = await t.db
    .select({ userId: serviceAssignments.userId })
    .from(serviceAssignments)
    .where(t.where(serviceAssignments, eq(serviceAssignments.recordId, recordId), ne(serviceAssignments.response, "rejected")));
  return rows.map((r) => r.userId);
}

/** The managers of the assignees (member_profiles.reports_to): the escalation's "department manager". */
async function managersOf(t: Tenant, userIds: readonly string[]) {
  if (!userIds.length) return [];
  const rows = await t.db
    .select({ manager: memberProfiles.reportsTo })
    .from(memberProfiles)
    // Org only: a manager is found through the org's structure, not through what the job may list.
    .where(t.whereInOrg(memberProfiles, inArray(memberProfiles.userId, userIds)));
  return rows.flatMap((r) => (r.manager ? [r.manager] : []));
}

async function recipientsOf(t: Tenant, record: ServiceRecord, alert: SlaAlert, salesRepId: string | null) {
  const assignees = await assigneesOf(t, record.id);
  if (alert.kind !== "escalation") return [...assignees, ...(salesRepId ? [salesRepId] : [])];
  const rule = alert.rule!;
  if (rule.action === "notify_manager") return managersOf(t, assignees);
  // A raised priority is told to the assignees; an added assignee hears of the record too.
  if (rule.action === "raise_priority") return assignees;
  return rule.userId ? [rule.userId] : [];
}

async function sendAlert(
  ctx: SystemContext,
  t: Tenant<Tx>,
  record: ServiceRecord,
  clock: SlaPolicyKind,
  alert: SlaAlert & { deadline: Date },
  customer: { name: string; salesRepId: string | null },
) {
  const kinds = ALERT_KINDS[clock][alert.kind];
  await notify(ctx, t, {
    kind: kinds.notification,
    recipients: await recipientsOf(t, record, alert, customer.salesRepId),
    entity: { type: "service_record", id: record.id, customerId: record.customerId },
    params: { subject: `#${record.number} ${record.subject}`.trim(), customer: customer.name, date: alert.deadline.toISOString() },
    key: slaAlertKey(record.id, clock, alert),
  });
  await recordActivity(ctx, t, {
    kind: kinds.activity,
    entityId: record.id,
    customerId: record.customerId,
    summary: `#${record.number} ${record.subject}`.trim(),
  });
  if (alert.rule) await applyEscalation(ctx, t, record.id, alert.rule);
}

/**
 * Sends the SLA and OLA warnings, breaches and escalations of one record that are due by now()
 * (SPEC K1a), each once: its key names the clock, the alert and the instant, claimed in this
 * transaction. The logs are replayed here, not trusted from the sweep, so a pause since then is
 * counted; at the end the record's next alert instant is written again, so the sweep comes back
 * only when the next one is due.
 */
export async function sendSlaAlerts(ctx: SystemContext, { recordId }: SlaAlertsData) {
  requirePermission(ctx, "serviceRecords.view");
  return ctx.t.transaction(async (t) => {
    const [row] = await t.db
      .select({ record: serviceRecords, customerName: customers.name, salesRepId: customers.salesRepId })
      .from(serviceRecords)
      .leftJoin(customers, t.where(customers, eq(customers.id, serviceRecords.customerId)))
      .where(t.where(serviceRecords, eq(serviceRecords.id, recordId)))
      // Locked: a clock event written meanwhile waits for this run (or this run for it), so the
      // last write of the next alert instant is made from the whole log. At worst it names an alert
      // this run has just sent; the sweep then finds nothing left to send and writes it again.
      .for("update", { of: serviceRecords });
    if (!row) return 0;
    const at = now();
    let sent = 0;
    for (const clock of await readAlertClocks(t, recordId, at)) {
      for (const alert of dueSlaAlerts(clock.calendar, clock.log, clock.escalations, at)) {
        if (!(await claimEffect(t, slaAlertKey(recordId, clock.kind, alert), ctx.actor.job))) continue;
        // The messages name the clock's deadline ("was due …"), also for a warning or an escalation.
        const deadline = clock.reading[alert.clock]?.deadline ?? alert.at;
        const customer = { name: row.customerName ?? "", salesRepId: row.salesRepId };
        await sendAlert(ctx, t, row.record, clock.kind, { ...alert, deadline }, customer);
        sent++;
      }
    }
    await recomputeSlaCache(t, recordId);
    return sent;
  });
}

export const slaAlertsJob = defineOrgJob<SlaAlertsData>({
  name: "sla-alerts",
  run: async (ctx, data) => void (await sendSlaAlerts(ctx, data)),
});
