import { and, asc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, customerTechnicians, memberProfiles, picklistItems, planLedgerEntries, planPeriods, timeEntries } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { createContract } from "@/lib/contracts/create-contract";
import { deleteContract } from "@/lib/contracts/delete-contract";
import { updateContract } from "@/lib/contracts/update-contract";
import { createCustomer } from "@/lib/customers/create-customer";
import { removeCustomer } from "@/lib/customers/remove-customer";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { addPlanWork } from "@/lib/plans/add-plan-work";
import { adjustPlanHours } from "@/lib/plans/adjust-plan-hours";
import { archivePlan } from "@/lib/plans/archive-plan";
import { closePlanPeriod } from "@/lib/plans/close-plan-period";
import { createPlan } from "@/lib/plans/create-plan";
import { getPlan } from "@/lib/plans/get-plan";
import { getRecordPlanBalance } from "@/lib/plans/get-record-plan-balance";
import { listCustomerPlans } from "@/lib/plans/list-customer-plans";
import { listPlans } from "@/lib/plans/list-plans";
import { recomputePlanLedger } from "@/lib/plans/recompute-plan-ledger";
import { updatePlan } from "@/lib/plans/update-plan";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { addManualEntry } from "@/lib/time-entries/add-manual-entry";
import { correctEntry } from "@/lib/time-entries/correct-entry";
import { removeEntry } from "@/lib/time-entries/remove-entry";
import { startTimer } from "@/lib/time-entries/start-timer";
import { stopTimer } from "@/lib/time-entries/stop-timer";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 12 items 1 and 2: service plans and their hours ledger through the verbs, against the
// real database — the ledger kept entry by entry must equal the one derived from scratch.

type Org = Awaited<ReturnType<typeof createOrg>>;
type Ctx = Org["ctx"];
let org: Org;
let other: Org;
let typeId: string;

async function serviceTypeOf(o: { orgId: string }) {
  const [row] = await db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(and(eq(picklistItems.orgId, o.orgId), eq(picklistItems.list, "service_type")))
    .limit(1);
  return row!.id;
}

async function customer(ctx: Ctx, name: string) {
  return (await createCustomer(ctx, { name, type: "customer", status: "first_contact", contact: { name: `${name} Kişi` } })).id;
}

function planInput(customerId: string, extra: Record<string, unknown> = {}) {
  return {
    customerId,
    title: "Prepaid 10 h",
    billingMethod: "prepaid_hours",
    billingPeriod: "monthly",
    firstPeriodStart: "2027-01-01",
    includedMinutes: "10",
    hourlyRate: "100",
    overtimeRate: "150",
    overtimeBehaviour: "bill_overtime",
    roundingMinutes: "15",
    minimumMinutes: "0",
    serviceTypeIds: [typeId],
    ...extra,
  };
}

async function record(ctx: Ctx, customerId: string, subject = "Bakım") {
  return (await createServiceRecord(ctx, { customerId, requestDate: "2027-01-04", subject, serviceTypeId: typeId })).id;
}

/** The stored ledger, as comparable lines (without ids, actors and times of writing). */
async function ledger(planId: string) {
  const rows = await db
    .select()
    .from(planLedgerEntries)
    .where(and(eq(planLedgerEntries.orgId, org.orgId), eq(planLedgerEntries.planId, planId)))
    .orderBy(asc(planLedgerEntries.seq));
  return rows;
}

/** Per period and visit, the minutes the rows add up to: what "the same ledger" means after deltas. */
async function visitSums(planId: string) {
  const sums: Record<string, number> = {};
  for (const r of await ledger(planId)) {
    const key = `${r.periodStart} ${r.kind} ${r.recordId ?? "-"} ${r.technicianId ?? "-"} ${r.workDate ?? "-"}`;
    sums[key] = (sums[key] ?? 0) + r.minutes;
  }
  return Object.fromEntries(Object.entries(sums).filter(([, v]) => v !== 0));
}

async function totalsOf(ctx: Ctx, planId: string) {
  return Object.fromEntries((await getPlan(ctx, { id: planId })).periods.map((p) => [p.start, p.totals]));
}

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  org = await createOrg("Plans Istanbul");
  other = await createOrg("Plans Other");
  typeId = await serviceTypeOf(org);
});
afterEach(() => setClock(null));
afterAll(closeConnections);

describe("plans", () => {
  it("creates, updates over the loaded version and archives, in the customer's feed", async () => {
    setClock(at("2027-01-10T09:00:00Z"));
    const c = await customer(org.ctx, "Plan Müşteri");
    const { id } = await createPlan(
      org.ctx,
      planInput(c, { carryForward: "on", carryCapMinutes: "5", carryExpiryPeriods: "2", weeklyMaxMinutes: "20" }),
    );
    const detail = await getPlan(org.ctx, { id });
    expect(detail.plan).toMatchObject({
      includedMinutes: 600,
      carryForward: true,
      carryCapMinutes: 300,
      carryExpiryPeriods: 2,
      weeklyMaxMinutes: 1200,
      hourlyRate: "100.00",
    });
    expect(detail.customer?.name).toBe("Plan Müşteri");
    expect(detail.serviceTypes.map((s) => s.id)).toEqual([typeId]);
    const updated = await updatePlan(org.ctx, { ...planInput(c, { title: "Prepaid 12 h", includedMinutes: "12" }), id, version: 1 });
    expect(updated.version).toBe(2);
    await caught(updatePlan(org.ctx, { ...planInput(c), id, version: 1 }), ConflictError);
    await archivePlan(org.ctx, { id, version: 2 });
    expect((await listPlans(org.ctx, {})).rows.map((r) => r.id)).not.toContain(id);
    expect((await listPlans(org.ctx, { archived: "1" })).rows.map((r) => r.id)).toContain(id);
    expect((await listCustomerPlans(org.ctx, { customerId: c })).map((r) => r.id)).toEqual([id]);
    const feed = await db
      .select({ kind: activities.kind })
      .from(activities)
      .where(and(eq(activities.orgId, org.orgId), eq(activities.customerId, c)))
      .orderBy(asc(activities.createdAt), asc(activities.id));
    expect(feed.map((f) => f.kind)).toEqual(expect.arrayContaining(["plan.created", "plan.updated", "plan.archived"]));
  });

  it("refuses what the form refuses: a prepaid plan without hours, another customer's contract, a type that is not a service type", async () => {
    const c = await customer(org.ctx, "Kurallı");
    expect((await caught(createPlan(org.ctx, planInput(c, { includedMinutes: "" })), ValidationError)).fieldErrors).toMatchObject({
      includedMinutes: "required",
    });
    expect((await caught(createPlan(org.ctx, planInput(c, { includedMinutes: "x" })), ValidationError)).fieldErrors).toMatchObject({
      includedMinutes: "invalid",
    });
    const [region] = await db
      .select({ id: picklistItems.id })
      .from(picklistItems)
      .where(and(eq(picklistItems.orgId, org.orgId), eq(picklistItems.list, "region")))
      .limit(1);
    if (region)
      expect((await caught(createPlan(org.ctx, planInput(c, { serviceTypeIds: [region.id] })), ValidationError)).fieldErrors).toEqual({
        serviceTypeIds: "invalid",
      });
    expect((await caught(createPlan(org.ctx, planInput(c, { contractId: crypto.randomUUID() })), ValidationError)).fieldErrors).toEqual({
      contractId: "invalid",
    });
  });
});

describe("plans and contracts", () => {
  it("a contract links a plan of its own customer only; deleting either side keeps the other", async () => {
    setClock(at("2027-01-10T09:00:00Z"));
    const c = await customer(org.ctx, "Sözleşmeli");
    const d = await customer(org.ctx, "Başka");
    const [type] = await db
      .select({ id: picklistItems.id })
      .from(picklistItems)
      .where(and(eq(picklistItems.orgId, org.orgId), eq(picklistItems.list, "contract_type")))
      .limit(1);
    const contractId = (await createContract(org.ctx, { customerId: c, typeId: type!.id, name: "Bakım" })).id;
    const { id: planId } = await createPlan(org.ctx, planInput(c, { contractId }));
    const otherPlan = (await createPlan(org.ctx, planInput(d))).id;
    const fields = { customerId: c, typeId: type!.id, name: "Bakım" };
    expect(
      (await caught(updateContract(org.ctx, { ...fields, id: contractId, version: 1, servicePlanId: otherPlan }), ValidationError)).fieldErrors,
    ).toEqual({
      servicePlanId: "invalid",
    });
    await updateContract(org.ctx, { ...fields, id: contractId, version: 1, servicePlanId: planId });
    expect((await getPlan(org.ctx, { id: planId })).contract?.id).toBe(contractId);
    await deleteContract(org.ctx, { id: contractId });
    expect((await getPlan(org.ctx, { id: planId })).plan.contractId).toBeNull();
    // The customer's deletion takes its plans, periods and ledger rows with it.
    await removeCustomer(org.ctx, { id: c });
    await caught(getPlan(org.ctx, { id: planId }), NotFoundError);
    expect(await ledger(planId)).toEqual([]);
  });
});

describe("the ledger", () => {
  it("two visits of 1 h 07 and 2 h 20 rounding up to 15 min use 3 h 45 of 10 h; the record shows the balance", async () => {
    setClock(at("2027-01-12T15:00:00Z"));
    const c = await customer(org.ctx, "E2E benzeri");
    const { id: planId } = await createPlan(org.ctx, planInput(c));
    const r1 = await record(org.ctx, c);
    const r2 = await record(org.ctx, c);
    await startTimer(org.ctx, { recordId: r1 }, { now: at("2027-01-12T08:00:00Z") });
    await stopTimer(org.ctx, {}, { now: at("2027-01-12T09:07:00Z") });
    await addManualEntry(org.ctx, { recordId: r2, startedAt: "2027-01-12T10:00:00Z", stoppedAt: "2027-01-12T12:20:00Z" });
    const current = (await getPlan(org.ctx, { id: planId })).periods[0]!;
    expect(current.start).toBe("2027-01-01");
    expect(current.totals).toMatchObject({ included: 600, used: 225, remaining: 375, overageMinutes: 0 });
    expect(current.rows.map((r) => [r.kind, r.rawMinutes, r.roundedMinutes, r.minutes])).toEqual([
      ["grant", null, null, 600],
      ["consumption", 67, 75, -75],
      ["consumption", 140, 150, -150],
    ]);
    expect(await getRecordPlanBalance(org.ctx, { recordId: r1 })).toMatchObject({ planId, recordUsed: 75, totals: { remaining: 375 } });
    // A record of a type the plan does not cover draws on nothing.
    const plain = (await createServiceRecord(org.ctx, { customerId: c, requestDate: "2027-01-04", subject: "Other" })).id;
    expect(await getRecordPlanBalance(org.ctx, { recordId: plain })).toBeNull();
  });

  it("kept entry by entry equals recomputed from scratch, across timer runs, edits, deletions, back-dated work and a closed period", async () => {
    setClock(at("2027-01-20T15:00:00Z"));
    const c = await customer(org.ctx, "Defter");
    const { id: planId } = await createPlan(org.ctx, planInput(c, { minimumMinutes: "30" }));
    const tech = await addMember(org, "edit");
    const r1 = await record(org.ctx, c);
    const r2 = await record(org.ctx, c);
    // Two runs of one visit sum before rounding: 40 + 27 min → 67 → 75.
    await startTimer(tech.ctx, { recordId: r1 }, { now: at("2027-01-20T07:00:00Z") });
    await stopTimer(tech.ctx, {}, { now: at("2027-01-20T07:40:00Z") });
    await startTimer(tech.ctx, { recordId: r1 }, { now: at("2027-01-20T08:00:00Z") });
    // Switching to another record stops the first run at that instant.
    await startTimer(tech.ctx, { recordId: r2 }, { now: at("2027-01-20T08:27:00Z") });
    await stopTimer(tech.ctx, {}, { now: at("2027-01-20T08:32:00Z") });
    // 5 min on r2 → the 30 min minimum.
    const manual = await addManualEntry(org.ctx, { recordId: r2, startedAt: "2027-01-05T10:00:00Z", stoppedAt: "2027-01-05T11:00:00Z" });
    const entries = await db
      .select()
      .from(timeEntries)
      .where(and(eq(timeEntries.orgId, org.orgId), eq(timeEntries.recordId, r1)))
      .orderBy(asc(timeEntries.startedAt));
    await correctEntry(org.ctx, {
      id: entries[0]!.id,
      startedAt: entries[0]!.startedAt.toISOString(),
      stoppedAt: new Date(entries[0]!.stoppedAt!.getTime() + 20 * 60_000).toISOString(),
    });
    await removeEntry(org.ctx, { id: manual.id });
    await addManualEntry(org.ctx, { recordId: r2, startedAt: "2027-01-06T10:00:00Z", stoppedAt: "2027-01-06T10:50:00Z" });

    const jan = (await totalsOf(org.ctx, planId))["2027-01-01"]!;
    // r1: 87 min → 90; r2 on the 20th: 5 → 30; r2 on the 6th: 50 → 60. Used 180 of 600.
    expect(jan).toMatchObject({ used: 180, remaining: 420 });
    const kept = await visitSums(planId);
    await recomputePlanLedger(org.ctx, { id: planId });
    expect(await visitSums(planId)).toEqual(kept);
    expect((await totalsOf(org.ctx, planId))["2027-01-01"]).toEqual(jan);

    // February: January is invoiced and closed; its unused hours expire (no carry-forward).
    setClock(at("2027-02-03T09:00:00Z"));
    const closed = await closePlanPeriod(org.ctx, { planId, periodStart: "2027-01-01" });
    expect(closed).toMatchObject({ expiredMinutes: 420, carriedMinutes: 0, overageMinutes: 0 });
    // A correction of January's work now lands as an adjustment in February.
    await correctEntry(org.ctx, {
      id: entries[0]!.id,
      startedAt: entries[0]!.startedAt.toISOString(),
      stoppedAt: entries[0]!.stoppedAt!.toISOString(),
    });
    const totals = await totalsOf(org.ctx, planId);
    expect(totals["2027-01-01"]).toMatchObject({ used: 180, expired: 420, remaining: 0 });
    expect(totals["2027-02-01"]).toMatchObject({ included: 600, adjusted: 15, remaining: 615 });
    // Back-dated work in an open period lands there; in a closed one, as an adjustment.
    await addManualEntry(org.ctx, { recordId: r1, startedAt: "2027-01-25T10:00:00Z", stoppedAt: "2027-01-25T10:10:00Z" });
    expect((await totalsOf(org.ctx, planId))["2027-02-01"]).toMatchObject({ adjusted: -15, remaining: 585 });

    const keptAfter = await visitSums(planId);
    await recomputePlanLedger(org.ctx, { id: planId });
    expect(await visitSums(planId)).toEqual(keptAfter);
  });

  it("a closed period refuses writes, in SQL and in the verbs", async () => {
    setClock(at("2027-02-10T09:00:00Z"));
    const c = await customer(org.ctx, "Kapalı");
    const { id: planId } = await createPlan(org.ctx, planInput(c));
    await adjustPlanHours(org.ctx, { planId, minutes: "+1:00", reason: "Goodwill" });
    await closePlanPeriod(org.ctx, { planId, periodStart: "2027-01-01" });
    await closePlanPeriod(org.ctx, { planId, periodStart: "2027-02-01" });
    await caught(closePlanPeriod(org.ctx, { planId, periodStart: "2027-02-01" }), ConflictError);
    await expect(
      db.insert(planLedgerEntries).values({ orgId: org.orgId, planId, periodStart: "2027-02-01", kind: "adjustment", minutes: 60, reason: "sneaky" }),
    ).rejects.toThrow();
    await expect(
      db
        .update(planLedgerEntries)
        .set({ minutes: 1 })
        .where(and(eq(planLedgerEntries.planId, planId), eq(planLedgerEntries.periodStart, "2027-02-01"))),
    ).rejects.toThrow();
    await expect(
      db.delete(planLedgerEntries).where(and(eq(planLedgerEntries.planId, planId), eq(planLedgerEntries.periodStart, "2027-02-01"))),
    ).rejects.toThrow();
    await expect(
      db
        .update(planPeriods)
        .set({ closedAt: null })
        .where(and(eq(planPeriods.planId, planId), eq(planPeriods.startsOn, "2027-02-01"))),
    ).rejects.toThrow();
    // With both closed, the next adjustment goes to March, the first open period.
    expect(await adjustPlanHours(org.ctx, { planId, minutes: "-0:30", reason: "Late call" })).toMatchObject({ periodStart: "2027-03-01" });
  });

  it("closes in order, carrying forward with a cap, and an override plan needs the override to bill overage", async () => {
    setClock(at("2027-03-05T09:00:00Z"));
    const c = await customer(org.ctx, "Devir");
    const { id: planId } = await createPlan(
      org.ctx,
      planInput(c, { carryForward: "on", carryCapMinutes: "2", overtimeBehaviour: "require_override" }),
    );
    const r = await record(org.ctx, c);
    await addManualEntry(org.ctx, { recordId: r, startedAt: "2027-01-10T08:00:00Z", stoppedAt: "2027-01-10T09:00:00Z" });
    await caught(closePlanPeriod(org.ctx, { planId, periodStart: "2027-02-01" }), ConflictError);
    // January: 540 unused, 120 carried (the cap), 420 expire.
    expect(await closePlanPeriod(org.ctx, { planId, periodStart: "2027-01-01" })).toMatchObject({ carriedMinutes: 120, expiredMinutes: 420 });
    await addManualEntry(org.ctx, { recordId: r, startedAt: "2027-02-10T06:00:00Z", stoppedAt: "2027-02-10T18:00:00Z" });
    const feb = (await totalsOf(org.ctx, planId))["2027-02-01"]!;
    expect(feb).toMatchObject({ carriedIn: 120, included: 600, used: 720, remaining: 0, overageMinutes: 0 });
    await addManualEntry(org.ctx, { recordId: r, startedAt: "2027-02-11T06:00:00Z", stoppedAt: "2027-02-11T07:00:00Z" });
    expect((await totalsOf(org.ctx, planId))["2027-02-01"]).toMatchObject({ overageMinutes: 60, overageCost: 150, needsOverride: true });
    await caught(closePlanPeriod(org.ctx, { planId, periodStart: "2027-02-01" }), ConflictError);
    expect(await closePlanPeriod(org.ctx, { planId, periodStart: "2027-02-01", override: true })).toMatchObject({
      overageMinutes: 60,
      overageCost: 150,
    });
    expect((await totalsOf(org.ctx, planId))["2027-02-01"]).toMatchObject({ overageMinutes: 60, overageCost: 150, needsOverride: false });
  });

  it("technician additions and extra costs only when the plan allows them, with a reason, by an assignee or an editor", async () => {
    setClock(at("2027-01-15T09:00:00Z"));
    const c = await customer(org.ctx, "Ek iş");
    const { id: planId } = await createPlan(org.ctx, planInput(c));
    const r = await record(org.ctx, c);
    await caught(addPlanWork(org.ctx, { recordId: r, kind: "addition", minutes: "0:30", reason: "Yol" }), ConflictError);
    await updatePlan(org.ctx, { ...planInput(c, { techMayAddTime: "on", techMayAddCost: "on" }), id: planId, version: 1 });
    await addPlanWork(org.ctx, { recordId: r, kind: "addition", minutes: "0:30", reason: "Yol" });
    await addPlanWork(org.ctx, { recordId: r, kind: "extra_cost", amount: "45,50", reason: "Park" });
    expect((await caught(addPlanWork(org.ctx, { recordId: r, kind: "extra_cost", reason: "Park" }), ValidationError)).fieldErrors).toMatchObject({
      amount: "required",
    });
    const contributor = await addMember(org, "contribute");
    // Not assigned to the record: no additions.
    await caught(addPlanWork(contributor.ctx, { recordId: r, kind: "addition", minutes: "0:10", reason: "Yol" }), ConflictError);
    expect((await totalsOf(org.ctx, planId))["2027-01-01"]).toMatchObject({ used: 30, extraCost: 45.5, remaining: 570 });
  });
});

describe("the weekly maximum", () => {
  it("starting a timer warns with the numbers once this week's work reaches it, across a period boundary", async () => {
    // Thursday 1 April 2027: the week began on Monday 29 March, in the previous (March) period.
    setClock(at("2027-04-01T12:00:00Z"));
    const c = await customer(org.ctx, "Haftalık");
    const { id: planId } = await createPlan(org.ctx, planInput(c, { weeklyMaxMinutes: "2", firstPeriodStart: "2027-03-01" }));
    const r = await record(org.ctx, c);
    const tech = await addMember(org, "contribute");
    await addManualEntry(tech.ctx, { recordId: r, startedAt: "2027-03-30T07:00:00Z", stoppedAt: "2027-03-30T08:00:00Z" });
    // 60 of 120 used; one more visit's least (15 min) still fits.
    expect((await startTimer(tech.ctx, { recordId: r }, { now: at("2027-04-01T09:00:00Z") })).weeklyMax).toBeNull();
    await stopTimer(tech.ctx, {}, { now: at("2027-04-01T09:50:00Z") });
    const totals = await totalsOf(org.ctx, planId);
    expect(totals["2027-03-01"]).toMatchObject({ used: 60 });
    expect(totals["2027-04-01"]).toMatchObject({ used: 60 });
    // 120 of 120 this week, 60 of them in March's period: the next start warns.
    expect((await startTimer(tech.ctx, { recordId: r }, { now: at("2027-04-01T10:00:00Z") })).weeklyMax).toEqual({
      planTitle: "Prepaid 10 h",
      usedMinutes: 120,
      maxMinutes: 120,
    });
    await stopTimer(tech.ctx, {}, { now: at("2027-04-01T10:01:00Z") });
  });
});

describe("isolation, levels and scopes", () => {
  it("another org's plan is not found, for every verb", async () => {
    setClock(at("2027-01-15T09:00:00Z"));
    const c = await customer(org.ctx, "Gizli");
    const { id } = await createPlan(org.ctx, planInput(c));
    await caught(getPlan(other.ctx, { id }), NotFoundError);
    await caught(updatePlan(other.ctx, { ...planInput(c), id, version: 1 }), NotFoundError);
    await caught(archivePlan(other.ctx, { id, version: 1 }), NotFoundError);
    await caught(adjustPlanHours(other.ctx, { planId: id, minutes: "1", reason: "x" }), NotFoundError);
    await caught(closePlanPeriod(other.ctx, { planId: id, periodStart: "2027-01-01" }), NotFoundError);
    await caught(recomputePlanLedger(other.ctx, { id }), NotFoundError);
    const r = await record(org.ctx, c);
    await caught(getRecordPlanBalance(other.ctx, { recordId: r }), NotFoundError);
    await caught(addPlanWork(other.ctx, { recordId: r, kind: "addition", minutes: "0:10", reason: "x" }), NotFoundError);
    expect(await listCustomerPlans(other.ctx, { customerId: c })).toEqual([]);
    expect((await listPlans(other.ctx, {})).rows.map((r) => r.id)).not.toContain(id);
    // Another org's customer is an unknown id.
    expect((await caught(createPlan(other.ctx, { ...planInput(c), serviceTypeIds: [] }), ValidationError)).fieldErrors).toMatchObject({
      customerId: "invalid",
    });
  });

  it("each verb at the boundary of its level", async () => {
    setClock(at("2027-01-15T09:00:00Z"));
    const c = await customer(org.ctx, "Seviye");
    const view = (await addMember(org, "view")).ctx;
    const contribute = (await addMember(org, "contribute")).ctx;
    const edit = (await addMember(org, "edit")).ctx;
    await caught(createPlan(view, planInput(c)), ForbiddenError);
    const { id } = await createPlan(contribute, planInput(c));
    expect((await getPlan(view, { id })).plan.id).toBe(id);
    await caught(updatePlan(contribute, { ...planInput(c), id, version: 1 }), ForbiddenError);
    await updatePlan(edit, { ...planInput(c, { title: "Edited" }), id, version: 1 });
    await caught(adjustPlanHours(contribute, { planId: id, minutes: "1", reason: "x" }), ForbiddenError);
    await adjustPlanHours(edit, { planId: id, minutes: "1", reason: "x" });
    await caught(addPlanWork(view, { recordId: crypto.randomUUID(), kind: "addition", minutes: "1", reason: "x" }), ForbiddenError);
    await caught(closePlanPeriod(edit, { planId: id, periodStart: "2027-01-01" }), ForbiddenError);
    await caught(recomputePlanLedger(edit, { id }), ForbiddenError);
    await caught(archivePlan(edit, { id, version: 2 }), ForbiddenError);
    await archivePlan(org.ctx, { id, version: 2 });
  });

  it("a technician sees and changes only the plans of customers they are authorised for", async () => {
    setClock(at("2027-01-15T09:00:00Z"));
    const mine = await customer(org.ctx, "Yetkili");
    const notMine = await customer(org.ctx, "Yetkisiz");
    const technician = await addMember(org, "manage");
    await db.insert(memberProfiles).values({ orgId: org.orgId, userId: technician.userId, technician: true });
    await db.insert(customerTechnicians).values({ orgId: org.orgId, customerId: mine, userId: technician.userId });
    const ctx = await loadOrgContext(technician.userId, org.orgSlug);
    const visible = (await createPlan(org.ctx, planInput(mine))).id;
    const hidden = (await createPlan(org.ctx, planInput(notMine))).id;
    const ids = (await listPlans(ctx, {})).rows.map((r) => r.id);
    expect(ids).toContain(visible);
    expect(ids).not.toContain(hidden);
    await caught(getPlan(ctx, { id: hidden }), NotFoundError);
    await caught(adjustPlanHours(ctx, { planId: hidden, minutes: "1", reason: "x" }), NotFoundError);
    await caught(closePlanPeriod(ctx, { planId: hidden, periodStart: "2027-01-01" }), NotFoundError);
    expect((await caught(createPlan(ctx, planInput(notMine)), ValidationError)).fieldErrors).toMatchObject({ customerId: "invalid" });
    await caught(recomputePlanLedger(ctx, { id: hidden }), NotFoundError);
    await caught(archivePlan(ctx, { id: hidden, version: 1 }), NotFoundError);
    expect(await listCustomerPlans(ctx, { customerId: notMine })).toEqual([]);
    // A record out of scope: neither its balance nor work on it.
    const hiddenRecord = await record(org.ctx, notMine);
    await caught(getRecordPlanBalance(ctx, { recordId: hiddenRecord }), NotFoundError);
    await caught(addPlanWork(ctx, { recordId: hiddenRecord, kind: "addition", minutes: "0:10", reason: "x" }), NotFoundError);
    await adjustPlanHours(ctx, { planId: visible, minutes: "1", reason: "x" });
    await recomputePlanLedger(ctx, { id: visible });
  });
});
