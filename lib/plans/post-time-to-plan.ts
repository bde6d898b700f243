import "server-only";
import { and, asc, eq, inArray, isNotNull, or } from "drizzle-orm";
import { planLedgerEntries, servicePlans, timeEntries } from "@/db/schema";
import { now } from "@/lib/clock";
import { todayIn } from "@/lib/contracts/today";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import type { Actor } from "@/lib/permissions/actor";
import { closedPeriodStarts, ensurePeriod } from "./internal";
import { periodOf, placeChange, roundVisit, visitKey, visitsOf } from "./ledger";
import { candidatePlansOf, planForDate } from "./record-plan";

/** Who wrote a ledger row: a member or a known token holder; a job writes none of its own. */
export function actorIdOf(actor: Actor) {
  return actor.kind === "member" ? actor.userId : actor.kind === "token_holder" ? actor.userId : null;
}

/** The rows derived from time entries: consumption, and corrections of closed periods' work (adjustments naming a visit). */
const derivedRow = or(
  eq(planLedgerEntries.kind, "consumption"),
  and(eq(planLedgerEntries.kind, "adjustment"), isNotNull(planLedgerEntries.recordId), isNotNull(planLedgerEntries.workDate)),
);

/**
 * The ledger hook of every verb that creates, changes or deletes a time entry (or moves a record
 * to another customer or type), in that verb's transaction: brings the record's consumption rows
 * in line with its stopped time entries by appending the difference per visit (lib/plans/ledger.ts
 * `visitsOf`). A visit's change lands in its own period while open, else as an adjustment in
 * today's open period. Reads and writes the whole org (orgWide): the ledger counts every
 * technician's time on the record, whoever's edit triggered it. The plans are locked first, so two
 * edits on one plan append their differences one after the other.
 */
export async function postTimeToPlan(
  ctx: Pick<OrgContext<Actor>, "actor" | "org">,
  tenant: Tenant,
  input: { recordId: string; timeEntryId?: string | null },
) {
  const t = tenant.orgWide();
  const candidates = await candidatePlansOf(t, input.recordId);
  const postedPlanIds = (
    await t.db
      .selectDistinct({ planId: planLedgerEntries.planId })
      .from(planLedgerEntries)
      .where(t.where(planLedgerEntries, eq(planLedgerEntries.recordId, input.recordId), derivedRow))
  ).map((r) => r.planId);
  const planIds = [...new Set([...candidates.map((p) => p.id), ...postedPlanIds])].sort();
  if (planIds.length === 0) return;

  // Lock in id order, so two hooks over overlapping plans never wait on each other in a cycle.
  const plans = await t.db
    .select()
    .from(servicePlans)
    .where(t.where(servicePlans, inArray(servicePlans.id, planIds)))
    .orderBy(asc(servicePlans.id))
    .for("update");
  const byId = new Map(plans.map((p) => [p.id, p]));
  const eligible = candidates.map((c) => byId.get(c.id)!).filter(Boolean);

  const entries = await t.db
    .select({
      id: timeEntries.id,
      recordId: timeEntries.recordId,
      userId: timeEntries.userId,
      startedAt: timeEntries.startedAt,
      stoppedAt: timeEntries.stoppedAt,
    })
    .from(timeEntries)
    .where(t.where(timeEntries, eq(timeEntries.recordId, input.recordId), isNotNull(timeEntries.stoppedAt)));
  const visits = visitsOf(
    entries.map((e) => ({ ...e, stoppedAt: e.stoppedAt! })),
    ctx.org.timeZone,
  );

  // What each plan should hold per visit, and what it holds now.
  const target = new Map<string, { planId: string; minutes: number; raw: number; technicianId: string; workDate: string }>();
  for (const v of visits) {
    const plan = planForDate(eligible, v.workDate, ctx.org.timeZone);
    if (!plan) continue;
    target.set(`${plan.id}|${visitKey(v)}`, {
      planId: plan.id,
      minutes: roundVisit(v.rawMinutes, plan),
      raw: v.rawMinutes,
      technicianId: v.technicianId,
      workDate: v.workDate,
    });
  }
  const postedRows = await t.db
    .select({
      planId: planLedgerEntries.planId,
      minutes: planLedgerEntries.minutes,
      technicianId: planLedgerEntries.technicianId,
      workDate: planLedgerEntries.workDate,
    })
    .from(planLedgerEntries)
    .where(t.where(planLedgerEntries, eq(planLedgerEntries.recordId, input.recordId), derivedRow));
  const posted = new Map<string, { planId: string; used: number; technicianId: string | null; workDate: string | null }>();
  for (const r of postedRows) {
    const key = `${r.planId}|${visitKey({ recordId: input.recordId, technicianId: r.technicianId, workDate: r.workDate })}`;
    const slot = posted.get(key) ?? { planId: r.planId, used: 0, technicianId: r.technicianId, workDate: r.workDate };
    slot.used -= r.minutes;
    posted.set(key, slot);
  }

  const today = todayIn(ctx.org.timeZone, now());
  const closed = new Map<string, Set<string>>();
  for (const key of new Set([...target.keys(), ...posted.keys()])) {
    const want = target.get(key);
    const have = posted.get(key);
    const delta = (want?.minutes ?? 0) - (have?.used ?? 0);
    if (delta === 0) continue;
    const plan = byId.get(want?.planId ?? have!.planId)!;
    const workDate = want?.workDate ?? have!.workDate!;
    if (!closed.has(plan.id)) closed.set(plan.id, await closedPeriodStarts(t, plan.id));
    const place = placeChange(plan, workDate, today, closed.get(plan.id)!);
    if (!place) continue;
    await ensurePeriod(t, plan, periodOf(plan, place.periodStart)!, actorIdOf(ctx.actor));
    await t.db.insert(planLedgerEntries).values(
      t.values({
        planId: plan.id,
        periodStart: place.periodStart,
        kind: place.kind,
        minutes: -delta,
        rawMinutes: want?.raw ?? 0,
        roundedMinutes: want?.minutes ?? 0,
        recordId: input.recordId,
        technicianId: want?.technicianId ?? have!.technicianId,
        timeEntryId: input.timeEntryId ?? null,
        workDate,
        actorId: actorIdOf(ctx.actor),
      }),
    );
  }
}
