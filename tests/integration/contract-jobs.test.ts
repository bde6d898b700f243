import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, businessCalendars, contracts, customers, notifications, picklistItems, slaPolicies } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { contractMilestonesSweep } from "@/lib/contracts/contract-milestones-sweep";
import { createContract } from "@/lib/contracts/create-contract";
import { updateContract } from "@/lib/contracts/update-contract";
import { renewContractOnEnd } from "@/lib/contracts/renew-contract-on-end";
import { createCustomer } from "@/lib/customers/create-customer";
import type { SweepEnqueue } from "@/lib/jobs/define-job";
import { systemContext } from "@/lib/jobs/system-context";
import { addMember, createOrg } from "./factories";
import { closeConnections, emailsTo } from "./helpers";

// Issue 11 items 1 and 4: the contract milestone sweep and its jobs, run directly (as pg-boss
// would, one job per item with the org's system context) while the clock moves across each day.

type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;
let rep: Awaited<ReturnType<typeof addMember>>;

/** The sweep, with every job it enqueues run at once (twice when `twice`: a retry or a second instance). */
async function sweep(at: string, twice = false) {
  setClock(new Date(at));
  const enqueue: SweepEnqueue = async (job, orgId, data) => {
    for (let run = 0; run < (twice ? 2 : 1); run++) await job.run(await systemContext(orgId, job.name), data);
  };
  await contractMilestonesSweep.run(enqueue);
}

async function typeId(org: Org) {
  const [row] = await db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(and(eq(picklistItems.orgId, org.orgId), eq(picklistItems.list, "contract_type"), eq(picklistItems.key, "sla")));
  return row!.id;
}

async function contractFor(org: Org, customerName: string, fields: Record<string, unknown>, salesRepId?: string) {
  const customerId = (
    await createCustomer(org.ctx, { name: customerName, type: "customer", status: "first_contact", contact: { name: "Ayşe" }, salesRepId })
  ).id;
  const { id } = await createContract(org.ctx, { customerId, typeId: await typeId(org), name: `${customerName} bakım`, ...fields });
  return { id, customerId };
}

const mailsAbout = async (email: string, contractId: string, subject: string) =>
  (await emailsTo(email)).filter((mail) => mail.html.includes(contractId) && mail.subject === subject);

async function feedKinds(orgId: string, customerId: string) {
  const rows = await db
    .select({ kind: activities.kind, actorKind: activities.actorKind })
    .from(activities)
    .where(and(eq(activities.orgId, orgId), eq(activities.customerId, customerId)));
  return rows;
}

beforeAll(async () => {
  a = await createOrg("Contract Jobs A");
  b = await createOrg("Contract Jobs B");
  rep = await addMember(a, "edit");
});
afterEach(() => setClock(null));
afterAll(async () => {
  setClock(null);
  await closeConnections();
});

describe("contract milestones", () => {
  it("sends the expiring and the expired notice once each to the sales rep and the admins, however often the sweep runs", async () => {
    setClock(new Date("2026-06-01T09:00:00Z"));
    const { id, customerId } = await contractFor(
      a,
      "Kiraz Ltd",
      { startsOn: "2026-02-01", endsOn: "2027-01-31", notifyBeforeDays: "7", notifyAfterDays: "3" },
      rep.userId,
    );
    const adminEmail = (await db.query.users.findFirst({ where: (u, { eq: is }) => is(u.id, a.userId) }))!.email;

    await sweep("2027-01-23T12:00:00Z", true); // the day before notify-before (the 24th): nothing yet
    expect(await mailsAbout(rep.email, id, "Contract expiring soon")).toHaveLength(0);

    await sweep("2027-01-24T12:00:00Z", true);
    await sweep("2027-01-26T12:00:00Z", true); // across it twice
    expect(await mailsAbout(rep.email, id, "Contract expiring soon")).toHaveLength(1);
    expect(await mailsAbout(adminEmail, id, "Contract expiring soon")).toHaveLength(1);
    const [mail] = await mailsAbout(rep.email, id, "Contract expiring soon");
    expect(mail!.text).toContain("Kiraz Ltd bakım for Kiraz Ltd ends on Jan 31, 2027.");

    await sweep("2027-02-03T12:00:00Z", true);
    await sweep("2027-02-05T12:00:00Z", true);
    expect(await mailsAbout(rep.email, id, "Contract expired")).toHaveLength(1);
    expect(await mailsAbout(adminEmail, id, "Contract expired")).toHaveLength(1);
    expect(await mailsAbout(rep.email, id, "Contract expiring soon")).toHaveLength(1);

    const bell = await db
      .select({ kind: notifications.kind, userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.orgId, a.orgId), eq(notifications.entityId, id)));
    expect(bell.map((n) => `${n.kind}:${n.userId === rep.userId ? "rep" : "admin"}`).sort()).toEqual([
      "contract_expired:admin",
      "contract_expired:rep",
      "contract_expiring:admin",
      "contract_expiring:rep",
    ]);
    const feed = (await feedKinds(a.orgId, customerId)).filter((row) => row.kind.endsWith("Notified"));
    expect(feed.sort((x, y) => x.kind.localeCompare(y.kind))).toEqual([
      { kind: "contract.expiredNotified", actorKind: "system" },
      { kind: "contract.expiringNotified", actorKind: "system" },
    ]);
  });

  it("a changed end date is a new milestone, a re-run of the old one is not", async () => {
    setClock(new Date("2026-06-01T09:00:00Z"));
    const { id } = await contractFor(a, "Elma AŞ", { startsOn: "2026-03-01", endsOn: "2027-03-10", notifyBeforeDays: "5" }, rep.userId);
    await sweep("2027-03-06T12:00:00Z", true);
    expect(await mailsAbout(rep.email, id, "Contract expiring soon")).toHaveLength(1);

    const [row] = await db
      .select()
      .from(contracts)
      .where(and(eq(contracts.orgId, a.orgId), eq(contracts.id, id)));
    setClock(new Date("2027-03-06T13:00:00Z"));
    await updateContract(a.ctx, {
      id,
      version: row!.version,
      customerId: row!.customerId,
      typeId: row!.typeId,
      name: row!.name,
      startsOn: row!.startsOn,
      endsOn: "2027-04-10",
      notifyBeforeDays: "5",
    });
    await sweep("2027-03-07T12:00:00Z", true); // the old milestone's day is past; the new one is not due
    expect(await mailsAbout(rep.email, id, "Contract expiring soon")).toHaveLength(1);
    await sweep("2027-04-05T12:00:00Z", true);
    const mails = await mailsAbout(rep.email, id, "Contract expiring soon");
    expect(mails).toHaveLength(2);
    expect(mails[0]!.text).toContain("ends on Apr 10, 2027.");
  });

  it("org B's sweep effects never reach org A", async () => {
    setClock(new Date("2026-06-01T09:00:00Z"));
    const { id } = await contractFor(b, "Armut Ltd", { startsOn: "2026-01-01", endsOn: "2027-05-31", notifyBeforeDays: "7" });
    await sweep("2027-05-25T12:00:00Z");
    const rows = await db
      .select({ orgId: notifications.orgId, userId: notifications.userId })
      .from(notifications)
      .where(eq(notifications.entityId, id));
    expect(rows).toEqual([{ orgId: b.orgId, userId: b.userId }]);
    const inA = await db
      .select({ id: activities.id })
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.entityId, id)));
    expect(inA).toEqual([]);
  });
});

describe("auto-renew", () => {
  it("creates exactly one successor with the contract's settings and SLA policy, even with two concurrent runs", async () => {
    setClock(new Date("2026-07-02T09:00:00Z")); // added while in force: the customer is an active one (C3)
    const { id, customerId } = await contractFor(
      a,
      "Vişne Ltd",
      { startsOn: "2026-07-01", endsOn: "2027-06-30", renewalMonths: "12", autoRenew: true, noticeDays: "30", notifyBeforeDays: "14" },
      rep.userId,
    );
    const [calendar] = await db
      .insert(businessCalendars)
      .values({ orgId: a.orgId, name: "Ofis", timeZone: "Europe/Istanbul", week: { 1: [{ from: 540, to: 1080 }] } as never })
      .returning();
    await db.insert(slaPolicies).values({ orgId: a.orgId, contractId: id, calendarId: calendar!.id, warnPercent: 70 });

    setClock(new Date("2027-06-30T08:00:00Z"));
    const ctx = await systemContext(a.orgId, "contract-renewal");
    const data = { contractId: id, date: "2027-06-30" };
    const [x, y] = await Promise.all([renewContractOnEnd(ctx, data), renewContractOnEnd(ctx, data)]);
    expect([x, y].filter(Boolean)).toHaveLength(1);
    await sweep("2027-06-30T10:00:00Z", true); // the sweep finds it renewed and leaves it

    const successors = await db
      .select()
      .from(contracts)
      .where(and(eq(contracts.orgId, a.orgId), eq(contracts.previousId, id)));
    expect(successors).toHaveLength(1);
    expect(successors[0]).toMatchObject({
      customerId,
      name: "Vişne Ltd bakım",
      startsOn: "2027-07-01",
      endsOn: "2028-06-30",
      renewalMonths: 12,
      autoRenew: true,
      noticeDays: 30,
      notifyBeforeDays: 14,
    });
    const [policy] = await db
      .select()
      .from(slaPolicies)
      .where(and(eq(slaPolicies.orgId, a.orgId), eq(slaPolicies.contractId, successors[0]!.id)));
    expect(policy).toMatchObject({ calendarId: calendar!.id, warnPercent: 70 });
    expect(await mailsAbout(rep.email, successors[0]!.id, "Contract renewed")).toHaveLength(1);
    expect((await feedKinds(a.orgId, customerId)).filter((row) => row.kind === "contract.renewed")).toHaveLength(1);
    // Renewed, so it never "expires": no expired notice after its end.
    await sweep("2027-07-02T10:00:00Z", true);
    expect(await mailsAbout(rep.email, id, "Contract expired")).toHaveLength(0);
    const [status] = await db
      .select({ status: customers.status })
      .from(customers)
      .where(and(eq(customers.orgId, a.orgId), eq(customers.id, customerId)));
    expect(status!.status).toBe("active"); // the successor, not yet started, never moves it back
  });
});
