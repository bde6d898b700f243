import "server-only";
import { and, eq, gte } from "drizzle-orm";
import { planLedgerEntries } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { todayIn } from "@/lib/contracts/today";
import type { Tenant } from "@/lib/db/tenant";
import type { Actor } from "@/lib/permissions/actor";
import { weekOf, weeklyCheck, weeklyUsage } from "./ledger";
import { candidatePlansOf, planForDate } from "./record-plan";

/**
 * Issue 12 item 2: starting a timer on a record whose plan has a weekly maximum warns when the
 * week (Monday to Sunday, across period boundaries) is already at it, or one more visit's least
 * billable time would pass it. The numbers for the warning; null when nothing to say. A warning,
 * never a refusal: the work is happening, the plan only decides how it is billed.
 */
export async function checkWeeklyMax(ctx: Pick<OrgContext<Actor>, "org">, tenant: Tenant, recordId: string) {
  const t = tenant.orgWide();
  const today = todayIn(ctx.org.timeZone, now());
  const plan = planForDate(await candidatePlansOf(t, recordId), today, ctx.org.timeZone);
  if (!plan || plan.weeklyMaxMinutes === null) return null;
  const rows = await t.db
    .select({ kind: planLedgerEntries.kind, minutes: planLedgerEntries.minutes, workDate: planLedgerEntries.workDate })
    .from(planLedgerEntries)
    .where(t.where(planLedgerEntries, and(eq(planLedgerEntries.planId, plan.id), gte(planLedgerEntries.workDate, weekOf(today)))));
  const least = Math.max(1, plan.minimumMinutes, plan.roundingMinutes);
  const check = weeklyCheck(plan, weeklyUsage(rows), today, least);
  return check.exceeds ? { planTitle: plan.title, usedMinutes: check.used, maxMinutes: plan.weeklyMaxMinutes } : null;
}
