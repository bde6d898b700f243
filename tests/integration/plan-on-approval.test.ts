import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { picklistItems } from "@/db/schema";
import { getApprovalPage } from "@/lib/approval/get-approval-page";
import { setClock } from "@/lib/clock";
import { createCustomer } from "@/lib/customers/create-customer";
import { createPlan } from "@/lib/plans/create-plan";
import { changeServiceStatus } from "@/lib/service/change-status";
import { completeService } from "@/lib/service/complete";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { addManualEntry } from "@/lib/time-entries/add-manual-entry";
import { createOrg, uniqueEmail } from "./factories";
import { closeConnections, emailsTo, uniqueIp } from "./helpers";

// Issue 12 item 3: the customer sees the plan. A prepaid plan of 10 h rounding up to 15 min, visits
// of 1 h 07 and 2 h 20 on two records: completing the second sends an e-mail, and its approval page
// (read under the link's token context) shows, that this visit used 2 h 30 min and 6 h 15 min are
// left this period. A record on no plan shows no plan rows.

type Org = Awaited<ReturnType<typeof createOrg>>;
let org: Org;
let typeId: string;
let customerId: string;

async function recordWithTime(startedAt: string, stoppedAt: string, serviceTypeId: string | null = typeId) {
  const { id } = await createServiceRecord(org.ctx, { customerId, requestDate: "2027-01-05", subject: "Bakım", serviceTypeId });
  await addManualEntry(org.ctx, { recordId: id, startedAt, stoppedAt });
  await changeServiceStatus(org.ctx, { id, status: "in_progress" });
  return id;
}

/** Completes the record; the queued e-mail and the approval page its link opens. */
async function complete(id: string) {
  const to = uniqueEmail("customer");
  await completeService(org.ctx, { id, email: to });
  const [email] = await emailsTo(to);
  const token = email!.html.match(/\/approve\/([A-Za-z0-9_-]+)/)![1]!;
  return { email: email!, page: await getApprovalPage(token, uniqueIp()) };
}

beforeAll(async () => {
  org = await createOrg("Plan Approval");
  const [type] = await db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(and(eq(picklistItems.orgId, org.orgId), eq(picklistItems.list, "service_type")))
    .limit(1);
  typeId = type!.id;
  customerId = (await createCustomer(org.ctx, { name: "Güney Otel", type: "customer", status: "first_contact", contact: { name: "Selin" } })).id;
  setClock(new Date("2027-01-10T09:00:00Z"));
  await createPlan(org.ctx, {
    customerId,
    title: "Otel bakım paketi",
    billingMethod: "prepaid_hours",
    billingPeriod: "monthly",
    firstPeriodStart: "2027-01-01",
    includedMinutes: "10",
    overtimeRate: "1500",
    overtimeBehaviour: "bill_overtime",
    roundingMinutes: "15",
    minimumMinutes: "0",
    serviceTypeIds: [typeId],
  });
});
afterEach(() => setClock(null));
afterAll(closeConnections);

describe("the plan on the completion e-mail and the approval page", () => {
  it("shows this visit's hours and the plan's remaining hours in the current period", async () => {
    setClock(new Date("2027-01-10T09:00:00Z"));
    await recordWithTime("2027-01-05T06:00:00Z", "2027-01-05T07:07:00Z");
    const second = await recordWithTime("2027-01-05T08:00:00Z", "2027-01-05T10:20:00Z");
    const { email, page } = await complete(second);
    expect(email.text).toMatch(/Service plan\s+Otel bakım paketi/);
    expect(email.text).toMatch(/Used by this visit\s+2 h 30 min/);
    expect(email.text).toMatch(/Left on the plan this period\s+6 h 15 min/);
    expect(page.state).toBe("open");
    if (page.state !== "open") return;
    expect(page.report.plan).toEqual({ title: "Otel bakım paketi", usedMinutes: 150, remainingMinutes: 375 });
  });

  it("shows no plan for a record that draws on none", async () => {
    setClock(new Date("2027-01-10T09:00:00Z"));
    const id = await recordWithTime("2027-01-06T08:00:00Z", "2027-01-06T09:00:00Z", null);
    const { email, page } = await complete(id);
    expect(email.text).not.toContain("Service plan");
    expect(page.state === "open" && page.report.plan).toBeNull();
  });
});
