import "server-only";
import { eq } from "drizzle-orm";
import { planLedgerEntries } from "@/db/schema";
import { now } from "@/lib/clock";
import { todayIn } from "@/lib/contracts/today";
import type { Tenant } from "@/lib/db/tenant";
import { periodOf, periodTotals } from "./ledger";
import { candidatePlansOf, planForDate } from "./record-plan";

/**
 * The plan a record draws on today, the minutes this record has used of it (its rows in every
 * period) and the current period's totals, read through `t` — so the record page, the completion
 * e-mail and the approval page (a token's context) show the same ledger figures. No guard: the
 * caller's verb has guarded the record. Null when the record draws on no plan `t` can see.
 */
export async function recordPlanBalance(t: Tenant, recordId: string, timeZone: string) {
  const today = todayIn(timeZone, now());
  const plan = planForDate(await candidatePlansOf(t, recordId), today, timeZone);
  if (!plan) return null;
  const rows = await t.db
    .select()
    .from(planLedgerEntries)
    .where(t.where(planLedgerEntries, eq(planLedgerEntries.planId, plan.id)));
  const current = periodOf(plan, today)!;
  const totals = periodTotals(
    rows.filter((r) => r.periodStart === current.start),
    plan,
  );
  const recordUsed = -rows
    .filter((r) => r.recordId === recordId && (r.kind === "consumption" || r.kind === "addition" || r.kind === "adjustment"))
    .reduce((s, r) => s + r.minutes, 0);
  return { plan, period: current, recordUsed, totals };
}
