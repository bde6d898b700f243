import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { customerTechnicians, memberProfiles, picklistItems } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { createCustomer } from "@/lib/customers/create-customer";
import { ForbiddenError } from "@/lib/errors";
import { toCsvFile } from "@/lib/exports/to-csv-file";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { createPlan } from "@/lib/plans/create-plan";
import { getPlan } from "@/lib/plans/get-plan";
import { exportOverageReport } from "@/lib/reports/export-overage-report";
import { overageReport } from "@/lib/reports/overage-report";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { addManualEntry } from "@/lib/time-entries/add-manual-entry";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 12 item 3, "overage to invoice": the report's figures are the ledger's period totals, for a
// plan billing its overtime and one allowing it free; a technician sees only their customers'
// plans; the CSV has the page's rows.

type Org = Awaited<ReturnType<typeof createOrg>>;
let org: Org;
let other: Org;
let typeId: string;
const JANUARY = { from: "2027-01-01", to: "2027-01-31" };

async function customer(ctx: Org["ctx"], name: string) {
  return (await createCustomer(ctx, { name, type: "customer", status: "first_contact", contact: { name: `${name} Kişi` } })).id;
}

/** A monthly prepaid plan of 1 h rounding visits up to 15 min, and one visit of `minutes` (on 5 January). */
async function planWithVisit(name: string, overtimeBehaviour: string, minutes: number, startedAt: string) {
  const customerId = await customer(org.ctx, name);
  const { id } = await createPlan(org.ctx, {
    customerId,
    title: `${name} planı`,
    billingMethod: "prepaid_hours",
    billingPeriod: "monthly",
    firstPeriodStart: "2027-01-01",
    includedMinutes: "1",
    hourlyRate: "100",
    overtimeRate: "150",
    overtimeBehaviour,
    roundingMinutes: "15",
    minimumMinutes: "0",
    serviceTypeIds: [typeId],
  });
  const recordId = (await createServiceRecord(org.ctx, { customerId, requestDate: "2027-01-04", subject: "Bakım", serviceTypeId: typeId })).id;
  const stoppedAt = new Date(Date.parse(startedAt) + minutes * 60_000).toISOString();
  await addManualEntry(org.ctx, { recordId, startedAt, stoppedAt });
  return { customerId, planId: id };
}

let billed: Awaited<ReturnType<typeof planWithVisit>>;
let free: Awaited<ReturnType<typeof planWithVisit>>;

beforeAll(async () => {
  org = await createOrg("Overage Istanbul");
  other = await createOrg("Overage Other");
  const [type] = await db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(and(eq(picklistItems.orgId, org.orgId), eq(picklistItems.list, "service_type")))
    .limit(1);
  typeId = type!.id;
  setClock(new Date("2027-01-10T09:00:00Z"));
  // 1 h 23 min rounds to 1 h 30: 30 min over the hour, at 150 an hour. 2 h 05 rounds to 2 h 15: 75 min over, free.
  billed = await planWithVisit("Faturalı", "bill_overtime", 83, "2027-01-05T07:00:00Z");
  free = await planWithVisit("Ücretsiz", "allow_free", 125, "2027-01-05T10:00:00Z");
});
afterEach(() => setClock(null));
afterAll(closeConnections);

describe("overage report", () => {
  it("lists each plan period with the ledger's totals: billed overage at the overtime rate, free overage at nothing", async () => {
    setClock(new Date("2027-01-10T09:00:00Z"));
    const report = await overageReport(org.ctx, JANUARY);
    expect(report.rows.map((r) => r.planId).sort()).toEqual([billed.planId, free.planId].sort());
    for (const row of report.rows) {
      const ledger = (await getPlan(org.ctx, { id: row.planId })).periods.find((p) => p.start === "2027-01-01")!.totals;
      expect(row).toMatchObject({
        periodStart: "2027-01-01",
        periodEnd: "2027-01-31",
        included: ledger.included,
        carriedIn: ledger.carriedIn,
        used: ledger.used,
        overageMinutes: ledger.overageMinutes,
        overageAmount: ledger.overageCost,
      });
    }
    const byPlan = Object.fromEntries(report.rows.map((r) => [r.planId, r]));
    expect(byPlan[billed.planId]).toMatchObject({ customerName: "Faturalı", included: 60, used: 90, overageMinutes: 30, overageAmount: 75 });
    expect(byPlan[free.planId]).toMatchObject({ customerName: "Ücretsiz", included: 60, used: 135, overageMinutes: 75, overageAmount: 0 });
    expect(report.total).toMatchObject({ included: 120, used: 225, overageMinutes: 105, overageAmount: 75 });
    // A period starting outside the range is not in it.
    expect((await overageReport(org.ctx, { from: "2027-02-01", to: "2027-02-28" })).rows).toEqual([]);
  });

  it("shows a technician only the plans of customers they are authorised for, and another org nothing", async () => {
    setClock(new Date("2027-01-10T09:00:00Z"));
    const technician = await addMember(org, "manage");
    await db.insert(memberProfiles).values({ orgId: org.orgId, userId: technician.userId, technician: true });
    await db.insert(customerTechnicians).values({ orgId: org.orgId, customerId: billed.customerId, userId: technician.userId });
    const ctx = await loadOrgContext(technician.userId, org.orgSlug);
    expect((await overageReport(ctx, JANUARY)).rows.map((r) => r.planId)).toEqual([billed.planId]);
    expect((await overageReport(other.ctx, JANUARY)).rows).toEqual([]);
  });

  it("exports the same rows as CSV, in hours, and is refused without the reports permission", async () => {
    setClock(new Date("2027-01-10T09:00:00Z"));
    const report = await overageReport(org.ctx, JANUARY);
    const exported = await exportOverageReport(org.ctx, JANUARY, { locale: "en" });
    const csv = toCsvFile(exported.table).body.replace(/^\uFEFF/, "");
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      `Period start,Period end,Customer,Plan,Status,Included (hours),Carried in (hours),Used (hours),Overage (hours),Overage amount (${org.ctx.org.currency})`,
    );
    const body = lines.slice(1, -1);
    expect(body).toEqual(
      report.rows.map((r) =>
        [
          r.periodStart,
          r.periodEnd,
          r.customerName,
          r.planTitle,
          "Open",
          r.included / 60,
          r.carriedIn / 60,
          r.used / 60,
          r.overageMinutes / 60,
          r.overageAmount,
        ].join(","),
      ),
    );
    expect(body).toContain("2027-01-01,2027-01-31,Faturalı,Faturalı planı,Open,1,0,1.5,0.5,75");
    expect(lines.at(-1)).toBe(",,All plans,,,2,0,3.75,1.75,75");
    const none = await addMember(org, "none");
    await caught(overageReport(await loadOrgContext(none.userId, org.orgSlug), JANUARY), ForbiddenError);
  });
});
