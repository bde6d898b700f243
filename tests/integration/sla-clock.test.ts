import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { businessCalendars, customerTechnicians, memberProfiles, picklistItems, serviceRecords, slaEvents } from "@/db/schema";
import { createBusinessCalendar } from "@/lib/calendars/create-business-calendar";
import { deleteBusinessCalendar } from "@/lib/calendars/delete-business-calendar";
import { updateBusinessCalendar } from "@/lib/calendars/update-business-calendar";
import { instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import { setClock } from "@/lib/clock";
import { createContract } from "@/lib/contracts/create-contract";
import { createCustomer } from "@/lib/customers/create-customer";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { assignEmployees } from "@/lib/service/assign";
import { changeServiceStatus } from "@/lib/service/change-status";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { listServiceRecords } from "@/lib/service/list-service-records";
import { updateServiceRecord } from "@/lib/service/update-service-record";
import { getRecordSla } from "@/lib/sla/get-record-sla";
import { getSlaPolicy } from "@/lib/sla/get-sla-policy";
import { setSlaPolicy } from "@/lib/sla/set-sla-policy";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 11 items 5 and 6: the SLA clock is a log on the service record, its deadlines cached on
// the record for the list. Calendar: Monday to Friday 09:00–18:00 in the org's zone; High has a
// 4-business-hour resolution target. Weeks of March 2027 (no public holidays in the calendar).

type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;
let zone: string;
let high: string;
let low: string;
let slaCustomer: string;
let plainCustomer: string;
let contractId: string;
let calendarId: string;
let policyVersion: number;

/** A wall-clock instant of the org's zone: `at("2027-03-05", "16:00")` is Friday 16:00 there. */
function at(date: string, time: string) {
  const [h, m] = time.split(":").map(Number);
  return new Date(instantAt(parseCivilDate(date), h! * 60 + m!, zone));
}

const HOURS = { start: "09:00", end: "18:00" };
const WEEK = { mon: [HOURS], tue: [HOURS], wed: [HOURS], thu: [HOURS], fri: [HOURS], sat: [], sun: [] };

function policyInput(highResolution: { hours: string; minutes: string }, version?: number) {
  return {
    contractId,
    version,
    calendarId,
    targets: [
      { priorityId: high, firstResponse: { hours: "1", minutes: "" }, resolution: highResolution },
      { priorityId: low, firstResponse: { hours: "4", minutes: "" }, resolution: { hours: "8", minutes: "" } },
    ],
    pauseStatuses: ["waiting_for_customer", "waiting_for_parts"],
    warnPercent: "80",
    escalations: [{ offsetMinutes: "30", action: "notify_manager" }],
  };
}

function recordFields(customerId: string, priorityId: string, subject: string) {
  return { customerId, priorityId, requestDate: "2027-03-05", subjectKind: "text", subject };
}

async function createAt(when: Date, customerId: string, priorityId: string, subject: string) {
  setClock(when);
  return createServiceRecord(a.ctx, recordFields(customerId, priorityId, subject));
}

async function moveAt(when: Date, id: string, status: string) {
  setClock(when);
  await changeServiceStatus(a.ctx, { id, status });
}

async function cached(id: string) {
  const [row] = await db
    .select({ state: serviceRecords.slaState, due: serviceRecords.slaDueAt, nextAlert: serviceRecords.slaNextAlertAt })
    .from(serviceRecords)
    .where(eq(serviceRecords.id, id));
  return row!;
}

async function resolutionOf(ctx: Org["ctx"], id: string) {
  const { clocks } = await getRecordSla(ctx, { recordId: id });
  return clocks.find((c) => c.kind === "sla")?.resolution ?? null;
}

beforeAll(async () => {
  a = await createOrg("SLA A");
  b = await createOrg("SLA B");
  zone = a.ctx.org.timeZone;
  high = (await addPicklistItem(a.ctx, { list: "priority", labels: { en: "High", tr: "Yüksek", ro: "Ridicată" } })).id;
  low = (await addPicklistItem(a.ctx, { list: "priority", labels: { en: "Low", tr: "Düşük", ro: "Scăzută" } })).id;
  const customer = async (name: string) =>
    (await createCustomer(a.ctx, { name, type: "customer", status: "first_contact", contact: { name: `${name} Kişi` } })).id;
  slaCustomer = await customer("Güneş Optik");
  plainCustomer = await customer("Ay Kırtasiye");
  calendarId = (
    await createBusinessCalendar(a.ctx, { name: "Office hours", timeZone: zone, hours: WEEK, holidays: [], country: "", isDefault: false })
  ).id;
  const [slaType] = await db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(and(eq(picklistItems.orgId, a.orgId), eq(picklistItems.list, "contract_type"), eq(picklistItems.key, "sla")));
  setClock(at("2027-01-04", "10:00"));
  contractId = (
    await createContract(a.ctx, {
      customerId: slaCustomer,
      typeId: slaType!.id,
      name: "Güneş SLA 2027",
      startsOn: "2027-01-01",
      endsOn: "2027-12-31",
    })
  ).id;
  policyVersion = (await setSlaPolicy(a.ctx, policyInput({ hours: "4", minutes: "" }))).version;
});

afterEach(() => setClock(null));
afterAll(async () => {
  setClock(null);
  await closeConnections();
});

describe("SLA policy", () => {
  it("stores targets in business minutes per priority and reads back for the editor", async () => {
    const { kind, policy, calendars } = await getSlaPolicy(a.ctx, { contractId });
    expect(kind).toBe("sla");
    expect(policy?.targets[high]).toEqual({ firstResponse: 60, resolution: 240 });
    expect(policy?.warnPercent).toBe(80);
    expect(calendars.map((c) => c.id)).toContain(calendarId);
  });

  it("is not found from another org", async () => {
    expect(await caught(getSlaPolicy(b.ctx, { contractId }), NotFoundError)).toBeInstanceOf(NotFoundError);
    expect(await caught(setSlaPolicy(b.ctx, policyInput({ hours: "1", minutes: "" }, policyVersion)), NotFoundError)).toBeInstanceOf(NotFoundError);
  });
});

describe("the clock on a service record", () => {
  let first: string;
  let paused: string;

  it("a High record created Friday 16:00 is due Monday 11:00 (cached column and page data)", async () => {
    first = (await createAt(at("2027-03-05", "16:00"), slaCustomer, high, "Kasa yazıcısı çalışmıyor")).id;
    const row = await cached(first);
    expect(row.state).toBe("running");
    expect(row.due).toEqual(at("2027-03-08", "11:00"));
    // The first-response warning (80 % of 1 h) comes before every other alert: the sweep looks then.
    expect(row.nextAlert).toEqual(at("2027-03-05", "16:48"));
    setClock(at("2027-03-05", "16:30"));
    const resolution = await resolutionOf(a.ctx, first);
    expect(resolution?.deadline).toBe(at("2027-03-08", "11:00").toISOString());
    expect(resolution?.left).toBe(210);
  });

  it("waiting for the customer for one working hour moves the deadline to 12:00", async () => {
    await moveAt(at("2027-03-05", "16:30"), first, "in_progress");
    await moveAt(at("2027-03-05", "17:00"), first, "waiting_for_customer");
    expect((await cached(first)).state).toBe("paused");
    // Friday 17:00–18:00 is one working hour; the weekend and the night before Monday 09:00 are not.
    await moveAt(at("2027-03-08", "09:00"), first, "in_progress");
    expect((await cached(first)).due).toEqual(at("2027-03-08", "12:00"));
    const { clocks } = await getRecordSla(a.ctx, { recordId: first });
    const clock = clocks.find((c) => c.kind === "sla")!;
    expect(clock.resolution?.deadline).toBe(at("2027-03-08", "12:00").toISOString());
    expect(clock.resolution?.paused).toBe(60);
    expect(clock.firstResponse?.state).toBe("met");
    expect(clock.contractName).toBe("Güneş SLA 2027");
    expect(clock.calendarName).toBe("Office hours");
    expect(clock.timeline.find((s) => s.kind === "paused")).toMatchObject({ status: "waiting_for_customer", minutes: 60 });
  });

  it("a priority change while paused keeps the paused time", async () => {
    paused = (await createAt(at("2027-03-05", "16:00"), slaCustomer, high, "Etiket yazıcısı")).id;
    await moveAt(at("2027-03-05", "16:10"), paused, "in_progress");
    await moveAt(at("2027-03-05", "17:00"), paused, "waiting_for_parts");
    setClock(at("2027-03-08", "09:00"));
    const [row] = await db.select({ version: serviceRecords.version }).from(serviceRecords).where(eq(serviceRecords.id, paused));
    await updateServiceRecord(a.ctx, { id: paused, version: row!.version, ...recordFields(slaCustomer, low, "Etiket yazıcısı") });
    await moveAt(at("2027-03-08", "10:00"), paused, "in_progress");
    // Ran Friday 16:00–17:00 (60 of Low's 480 minutes), paused 120 working minutes: 420 left from Monday 10:00.
    expect((await cached(paused)).due).toEqual(at("2027-03-08", "17:00"));
    const resolution = await resolutionOf(a.ctx, paused);
    expect(resolution).toMatchObject({ target: 480, paused: 120 });
  });

  it("changing the policy's target recomputes the open records", async () => {
    setClock(at("2027-03-08", "10:00"));
    const result = await setSlaPolicy(a.ctx, policyInput({ hours: "5", minutes: "" }, policyVersion));
    policyVersion = result.version;
    expect(result.recomputed).toBeGreaterThanOrEqual(2);
    expect((await cached(first)).due).toEqual(at("2027-03-08", "13:00"));
    // The paused-then-Low record is judged by Low, which did not change.
    expect((await cached(paused)).due).toEqual(at("2027-03-08", "17:00"));
  });

  it("editing the calendar recomputes the open records; a calendar in use cannot be deleted", async () => {
    setClock(at("2027-03-08", "10:00"));
    const calendar = { name: "Office hours", timeZone: zone, holidays: [], country: "", isDefault: false };
    const [row] = await db.select({ version: businessCalendars.version }).from(businessCalendars).where(eq(businessCalendars.id, calendarId));
    const version = row!.version;
    // A lunch break on Monday 12:00–13:00: the 13:00 deadline of the first record moves to 14:00.
    const lunch = {
      ...WEEK,
      mon: [
        { start: "09:00", end: "12:00" },
        { start: "13:00", end: "18:00" },
      ],
    };
    await updateBusinessCalendar(a.ctx, { ...calendar, id: calendarId, version, hours: lunch });
    expect((await cached(first)).due).toEqual(at("2027-03-08", "14:00"));
    await updateBusinessCalendar(a.ctx, { ...calendar, id: calendarId, version: version + 1, hours: WEEK });
    expect((await cached(first)).due).toEqual(at("2027-03-08", "13:00"));
    const refused = await caught(deleteBusinessCalendar(a.ctx, { id: calendarId }), ConflictError);
    expect(refused.code).toBe("calendarInUse");
  });

  it("pauses at any second: the list's paused time left is whole minutes", async () => {
    const { id } = await createAt(new Date(at("2027-03-05", "16:00").getTime() + 20_000), slaCustomer, high, "Barkod okuyucu");
    await moveAt(new Date(at("2027-03-05", "16:10").getTime() + 45_000), id, "in_progress");
    await moveAt(new Date(at("2027-03-05", "16:30").getTime() + 45_000), id, "waiting_for_parts");
    const [row] = await db
      .select({ state: serviceRecords.slaState, left: serviceRecords.slaPausedLeft })
      .from(serviceRecords)
      .where(eq(serviceRecords.id, id));
    // High's 5 hours since the policy change, less 30 min 25 s of running time.
    expect(row).toEqual({ state: "paused", left: 269 });
  });

  it("a record of a customer without an active SLA contract has no clock", async () => {
    const { id } = await createAt(at("2027-03-05", "16:00"), plainCustomer, high, "Fotokopi");
    expect(await cached(id)).toEqual({ state: null, due: null, nextAlert: null });
    expect((await getRecordSla(a.ctx, { recordId: id })).clocks).toEqual([]);
    await moveAt(at("2027-03-05", "16:30"), id, "in_progress");
    const events = await db.select().from(slaEvents).where(eq(slaEvents.recordId, id));
    expect(events).toEqual([]);
  });

  it("a record before the contract starts has no clock either", async () => {
    const { id } = await createAt(at("2026-12-31", "10:00"), slaCustomer, high, "Eski kayıt");
    expect((await cached(id)).state).toBeNull();
  });

  it("the breached and breaching-within-1-h filters return exactly the right records", async () => {
    // first: due Monday 13:00; paused: due Monday 17:00; plain records have no clock.
    setClock(at("2027-03-08", "12:30"));
    const ids = async (sla: string) => (await listServiceRecords(a.ctx, { sla })).rows.map((r) => r.id).sort();
    expect(await ids("breaching")).toEqual([first]);
    expect(await ids("breached")).toEqual([]);
    setClock(at("2027-03-08", "13:30"));
    expect(await ids("breached")).toEqual([first]);
    expect(await ids("breaching")).toEqual([]);
    setClock(at("2027-03-08", "16:15"));
    expect(await ids("breaching")).toEqual([paused]);
    expect(await ids("breached")).toEqual([first]);
    const row = (await listServiceRecords(a.ctx, {})).rows.find((r) => r.id === first)!;
    expect(row.sla).toMatchObject({ state: "running", dueAt: at("2027-03-08", "13:00").toISOString() });
  });

  it("completing stops the clock: met late is no longer breached", async () => {
    setClock(at("2027-03-08", "14:00"));
    const { completeService } = await import("@/lib/service/complete");
    await completeService(a.ctx, { id: first, email: "musteri@gunes.test", result: "Yazıcı değiştirildi" });
    expect((await cached(first)).state).toBe("breached_met_late");
    setClock(at("2027-03-08", "16:15"));
    expect((await listServiceRecords(a.ctx, { sla: "breached" })).rows.map((r) => r.id)).toEqual([]);
  });
});

describe("the OLA clock", () => {
  it("starts when the record is first assigned, beside no SLA clock", async () => {
    const [olaType] = await db
      .select({ id: picklistItems.id })
      .from(picklistItems)
      .where(and(eq(picklistItems.orgId, a.orgId), eq(picklistItems.list, "contract_type"), eq(picklistItems.key, "ola")));
    setClock(at("2027-01-04", "10:00"));
    const ola = await createContract(a.ctx, {
      customerId: plainCustomer,
      typeId: olaType!.id,
      name: "Ay OLA",
      startsOn: "2027-01-01",
      endsOn: "2027-12-31",
    });
    await setSlaPolicy(a.ctx, { ...policyInput({ hours: "2", minutes: "" }), contractId: ola.id });
    expect((await getSlaPolicy(a.ctx, { contractId: ola.id })).policy?.kind).toBe("ola");

    const { id } = await createAt(at("2027-03-10", "09:00"), plainCustomer, high, "Tarayıcı kurulumu");
    expect((await getRecordSla(a.ctx, { recordId: id })).clocks).toEqual([]);
    const worker = await addMember(a, "contribute");
    setClock(at("2027-03-10", "10:00"));
    await assignEmployees(a.ctx, { id, userIds: [worker.userId] });
    const { clocks } = await getRecordSla(a.ctx, { recordId: id });
    expect(clocks.map((c) => c.kind)).toEqual(["ola"]);
    expect(clocks[0]!.resolution?.deadline).toBe(at("2027-03-10", "12:00").toISOString());
    // The list's columns are the customer-facing SLA's only.
    expect((await cached(id)).state).toBeNull();
  });
});

describe("isolation and scope", () => {
  it("another org sees neither the record nor its clock", async () => {
    const { id } = await createAt(at("2027-03-09", "10:00"), slaCustomer, high, "Tarayıcı");
    expect(await caught(getRecordSla(b.ctx, { recordId: id }), NotFoundError)).toBeInstanceOf(NotFoundError);
    expect((await listServiceRecords(b.ctx, { sla: "breaching" })).rows).toEqual([]);
  });

  it("a technician sees SLA data only for records in scope", async () => {
    const tech = await addMember(a, "manage");
    await db.insert(memberProfiles).values({ orgId: a.orgId, userId: tech.userId, technician: true });
    await db.insert(customerTechnicians).values({ orgId: a.orgId, customerId: plainCustomer, userId: tech.userId });
    const ctx = await loadOrgContext(tech.userId, a.orgSlug);
    const { id } = await createAt(at("2027-03-09", "10:00"), slaCustomer, high, "Terazi");
    expect(await caught(getRecordSla(ctx, { recordId: id }), NotFoundError)).toBeInstanceOf(NotFoundError);
    // Due 15:00 under the 5-hour target: half an hour to go.
    setClock(at("2027-03-09", "14:30"));
    expect((await listServiceRecords(ctx, { sla: "breaching" })).rows).toEqual([]);
    expect((await listServiceRecords(a.ctx, { sla: "breaching" })).rows.map((r) => r.id)).toContain(id);
    expect(await caught(getSlaPolicy(ctx, { contractId }), NotFoundError)).toBeInstanceOf(NotFoundError);
  });
});

describe("the log is append-only", () => {
  it("refuses to update or delete an event, even for the database owner", async () => {
    const [event] = await db.select().from(slaEvents).where(eq(slaEvents.orgId, a.orgId)).limit(1);
    await expect(
      db
        .update(slaEvents)
        .set({ at: new Date(0) })
        .where(eq(slaEvents.id, event!.id)),
    ).rejects.toThrow();
    await expect(db.delete(slaEvents).where(eq(slaEvents.id, event!.id))).rejects.toThrow();
    const [still] = await db.select({ at: slaEvents.at }).from(slaEvents).where(eq(slaEvents.id, event!.id));
    expect(still!.at).toEqual(event!.at);
    // Deleting the record itself still takes its log with it (the cascade runs inside a trigger).
    await db.delete(serviceRecords).where(eq(serviceRecords.id, event!.recordId));
    expect(await db.select().from(slaEvents).where(eq(slaEvents.recordId, event!.recordId))).toEqual([]);
  });
});
