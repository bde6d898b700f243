import "server-only";
import { and, eq } from "drizzle-orm";
import { planLedgerEntries, serviceAssignments } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { todayIn } from "@/lib/contracts/today";
import { ConflictError } from "@/lib/errors";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getServiceRecordInOrgOrThrow } from "@/lib/service/internal";
import { parseInput } from "@/lib/validation";
import { formatLedgerMinutes } from "./format";
import { closedPeriodStarts, ensurePeriod, ledgerRowsOf } from "./internal";
import { periodOf, periodTotals, placeChange } from "./ledger";
import { candidatePlansOf, planForDate } from "./record-plan";
import { addPlanWorkSchema } from "./schemas";
import { servicePlans } from "@/db/schema";

/**
 * K2 options: a technician adds time to what the timer measured (travel, paperwork) or an extra
 * cost (parts, parking) on a record drawing on a plan — only when the plan allows it, always with
 * a reason, by an assignee of the record (or an editor). Lands in today's open period. On a plan
 * that warns on overtime, an addition past the balance needs a Manage override.
 */
export async function addPlanWork(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "plans.addWork");
  const { recordId, kind, minutes, amount, reason } = parseInput(addPlanWorkSchema, input);
  return ctx.t.transaction(async (t) => {
    const record = await getServiceRecordInOrgOrThrow(t, recordId, { lock: true });
    if (!can(ctx.actor, "plans.update")) {
      const [own] = await t.db
        .select({ response: serviceAssignments.response })
        .from(serviceAssignments)
        .where(t.where(serviceAssignments, and(eq(serviceAssignments.recordId, recordId), eq(serviceAssignments.userId, ctx.actor.userId))));
      if (!own || own.response === "rejected") throw new ConflictError("planNotAssignee");
    }
    const today = todayIn(ctx.org.timeZone, now());
    const found = planForDate(await candidatePlansOf(t.orgWide(), recordId), today, ctx.org.timeZone);
    if (!found) throw new ConflictError("noPlan");
    const [plan] = await t.db
      .select()
      .from(servicePlans)
      .where(t.orgWide().where(servicePlans, eq(servicePlans.id, found.id)))
      .for("update");
    if (kind === "addition" ? !plan!.techMayAddTime : !plan!.techMayAddCost) throw new ConflictError("planDisallows");
    const place = placeChange(plan!, today, today, await closedPeriodStarts(t, plan!.id));
    if (!place) throw new ConflictError("planNotStarted");
    await ensurePeriod(t, plan!, periodOf(plan!, place.periodStart)!, ctx.actor.userId);
    if (kind === "addition" && plan!.overtimeBehaviour === "require_override" && !can(ctx.actor, "plans.closePeriod")) {
      const rows = (await ledgerRowsOf(t, plan!.id)).filter((r) => r.periodStart === place.periodStart);
      if (periodTotals(rows, plan!).remaining < minutes!) throw new ConflictError("planOverageNeedsOverride");
    }
    const [row] = await t.db
      .insert(planLedgerEntries)
      .values(
        t.values({
          planId: plan!.id,
          periodStart: place.periodStart,
          kind,
          minutes: kind === "addition" ? -minutes! : 0,
          amount: kind === "extra_cost" ? amount : null,
          recordId,
          technicianId: ctx.actor.userId,
          workDate: today,
          reason,
          actorId: ctx.actor.userId,
        }),
      )
      .returning({ id: planLedgerEntries.id });
    await recordActivity(ctx, t, {
      kind: "plan.workAdded",
      entityId: plan!.id,
      customerId: record.customerId,
      summary: `#${record.number} ${kind === "addition" ? formatLedgerMinutes(minutes!, true) : amount} · ${reason}`,
    });
    return { id: row!.id, planId: plan!.id };
  });
}
