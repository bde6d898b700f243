import "server-only";
import { and, eq, inArray, isNotNull, isNull, or } from "drizzle-orm";
import { planLedgerEntries, planPeriods, serviceRecords } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getPlanInOrgOrThrow } from "./internal";
import { postTimeToPlan } from "./post-time-to-plan";
import { planTargetSchema } from "./schemas";

/**
 * Manage: derives the plan's time-entry rows again from the sources. The open periods' derived
 * rows (consumption, and corrections of closed periods' work) are removed, then every record that
 * draws or drew on the plan is posted afresh (post-time-to-plan.ts), so the result is what the
 * ledger would hold had every entry been posted once as it is now. Closed periods stay as they
 * were invoiced; a difference there comes back as an adjustment in the open period. Grants,
 * carries, manual adjustments and technicians' additions are not derived, so they stay.
 */
export async function recomputePlanLedger(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "plans.recompute");
  const { id } = parseInput(planTargetSchema, input);
  return ctx.t.transaction(async (t) => {
    const plan = await getPlanInOrgOrThrow(t, id, { lock: true });
    const all = t.orgWide();
    const open = (
      await all.db
        .select({ startsOn: planPeriods.startsOn })
        .from(planPeriods)
        .where(all.where(planPeriods, eq(planPeriods.planId, id), isNull(planPeriods.closedAt)))
    ).map((p) => p.startsOn);
    const drew = await all.db
      .selectDistinct({ recordId: planLedgerEntries.recordId })
      .from(planLedgerEntries)
      .where(all.where(planLedgerEntries, eq(planLedgerEntries.planId, id), isNotNull(planLedgerEntries.recordId)));
    if (open.length > 0)
      await all.db
        .delete(planLedgerEntries)
        .where(
          all.where(
            planLedgerEntries,
            eq(planLedgerEntries.planId, id),
            inArray(planLedgerEntries.periodStart, open),
            or(
              eq(planLedgerEntries.kind, "consumption"),
              and(eq(planLedgerEntries.kind, "adjustment"), isNotNull(planLedgerEntries.recordId), isNotNull(planLedgerEntries.workDate)),
            ),
          ),
        );
    const current =
      plan.serviceTypeIds.length > 0
        ? await all.db
            .select({ id: serviceRecords.id })
            .from(serviceRecords)
            .where(
              all.where(serviceRecords, eq(serviceRecords.customerId, plan.customerId), inArray(serviceRecords.serviceTypeId, plan.serviceTypeIds)),
            )
        : [];
    const records = new Set([...current.map((r) => r.id), ...drew.map((r) => r.recordId!)]);
    for (const recordId of [...records].sort()) await postTimeToPlan(ctx, t, { recordId });
    return { id, records: records.size };
  });
}
