import "server-only";
import { planLedgerEntries } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { todayIn } from "@/lib/contracts/today";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { closedPeriodStarts, ensurePeriod, getPlanInOrgOrThrow } from "./internal";
import { periodOf, placeChange } from "./ledger";
import { formatLedgerMinutes } from "./format";
import { adjustPlanSchema } from "./schemas";

/**
 * Edit level: a manual correction of the balance (hours given back or charged), with its reason,
 * in today's open period — a closed period is never changed.
 */
export async function adjustPlanHours(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "plans.adjust");
  const { planId, minutes, reason } = parseInput(adjustPlanSchema, input);
  return ctx.t.transaction(async (t) => {
    const plan = await getPlanInOrgOrThrow(t, planId, { lock: true });
    const today = todayIn(ctx.org.timeZone, now());
    const place = placeChange(plan, today, today, await closedPeriodStarts(t, plan.id));
    if (!place) throw new ConflictError("planNotStarted");
    await ensurePeriod(t, plan, periodOf(plan, place.periodStart)!, ctx.actor.userId);
    const [row] = await t.db
      .insert(planLedgerEntries)
      .values(t.values({ planId, periodStart: place.periodStart, kind: "adjustment" as const, minutes, reason, actorId: ctx.actor.userId }))
      .returning({ id: planLedgerEntries.id });
    await recordActivity(ctx, t, {
      kind: "plan.adjusted",
      entityId: planId,
      customerId: plan.customerId,
      summary: `${plan.title} ${formatLedgerMinutes(minutes, true)} · ${reason}`,
    });
    return { id: row!.id, periodStart: place.periodStart };
  });
}
