import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, notifications, picklistItems, serviceAssignments, serviceRecords, slaEvents } from "@/db/schema";
import { createBusinessCalendar } from "@/lib/calendars/create-business-calendar";
import { instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import { setClock } from "@/lib/clock";
import { createContract } from "@/lib/contracts/create-contract";
import { createCustomer } from "@/lib/customers/create-customer";
import type { SweepEnqueue } from "@/lib/jobs/define-job";
import { systemContext } from "@/lib/jobs/system-context";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { assignEmployees } from "@/lib/service/assign";
import { changeServiceStatus } from "@/lib/service/change-status";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { slaAlertsSweep } from "@/lib/sla/sla-alerts-sweep";
import { setSlaPolicy } from "@/lib/sla/set-sla-policy";
import { addMember, createOrg } from "./factories";
import { closeConnections, emailsTo } from "./helpers";

// Issue 11 item 5: the SLA alerts sweep and its job, run directly while the clock moves. Calendar
// Monday to Friday 09:00–18:00; High: first response 1 h, resolution 4 h, warning at 80 %, an
// escalation to a named person 30 business minutes after the resolution deadline.

type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;
let zone: string;
let high: string;
let slaCustomer: string;
let tech: Awaited<ReturnType<typeof addMember>>;
let rep: Awaited<ReturnType<typeof addMember>>;
let boss: Awaited<ReturnType<typeof addMember>>;
let extra: Awaited<ReturnType<typeof addMember>>;
let urgent: string;
let recordId: string;

function at(date: string, time: string) {
  const [h, m] = time.split(":").map(Number);
  return new Date(instantAt(parseCivilDate(date), h! * 60 + m!, zone));
}

const HOURS = { start: "09:00", end: "18:00" };
const WEEK = { mon: [HOURS], tue: [HOURS], wed: [HOURS], thu: [HOURS], fri: [HOURS], sat: [], sun: [] };

/** The sweep with every job it enqueues run at once, twice (a retry or a second instance). */
async function sweep(when: Date) {
  setClock(when);
  const enqueue: SweepEnqueue = async (job, orgId, data) => {
    for (let run = 0; run < 2; run++) await job.run(await systemContext(orgId, job.name), data);
  };
  await slaAlertsSweep.run(enqueue);
}

/** The records the sweep would hand to the alert job at `when` (nothing is run). */
async function swept(when: Date) {
  setClock(when);
  const ids: string[] = [];
  const enqueue: SweepEnqueue = async (_job, _orgId, data) => {
    if ("recordId" in data && typeof data.recordId === "string") ids.push(data.recordId);
  };
  await slaAlertsSweep.run(enqueue);
  return ids;
}

async function nextAlertOf(id: string) {
  const [row] = await db
    .select({ next: serviceRecords.slaNextAlertAt })
    .from(serviceRecords)
    .where(and(eq(serviceRecords.orgId, a.orgId), eq(serviceRecords.id, id)));
  return row!.next;
}

async function contractTypeId(key: "sla" | "ola") {
  const [type] = await db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(and(eq(picklistItems.orgId, a.orgId), eq(picklistItems.list, "contract_type"), eq(picklistItems.key, key)));
  return type!.id;
}

async function alertsOf(recordId: string) {
  return db
    .select({ orgId: notifications.orgId, kind: notifications.kind, userId: notifications.userId, date: notifications.params })
    .from(notifications)
    .where(eq(notifications.entityId, recordId));
}

const named = (rows: Awaited<ReturnType<typeof alertsOf>>, kind: string) =>
  rows
    .filter((r) => r.kind === kind)
    .map((r) => `${r.userId === tech.userId ? "tech" : r.userId === rep.userId ? "rep" : r.userId === boss.userId ? "boss" : "other"} ${r.date.date}`)
    .sort();

beforeAll(async () => {
  a = await createOrg("SLA Alerts A");
  b = await createOrg("SLA Alerts B");
  zone = a.ctx.org.timeZone;
  tech = await addMember(a, "edit");
  rep = await addMember(a, "edit");
  boss = await addMember(a, "manage");
  extra = await addMember(a, "edit");
  urgent = (await addPicklistItem(a.ctx, { list: "priority", labels: { en: "Urgent", tr: "Acil", ro: "Urgentă" } })).id;
  high = (await addPicklistItem(a.ctx, { list: "priority", labels: { en: "High", tr: "Yüksek", ro: "Ridicată" } })).id;
  slaCustomer = (
    await createCustomer(a.ctx, { name: "Güneş Optik", type: "customer", status: "first_contact", contact: { name: "Ayşe" }, salesRepId: rep.userId })
  ).id;
  const calendarId = (
    await createBusinessCalendar(a.ctx, { name: "Office hours", timeZone: zone, hours: WEEK, holidays: [], country: "", isDefault: false })
  ).id;
  const [slaType] = await db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(and(eq(picklistItems.orgId, a.orgId), eq(picklistItems.list, "contract_type"), eq(picklistItems.key, "sla")));
  setClock(at("2027-01-04", "10:00"));
  const contractId = (
    await createContract(a.ctx, {
      customerId: slaCustomer,
      typeId: slaType!.id,
      name: "Güneş SLA 2027",
      startsOn: "2027-01-01",
      endsOn: "2027-12-31",
    })
  ).id;
  await setSlaPolicy(a.ctx, {
    contractId,
    calendarId,
    targets: [
      { priorityId: high, firstResponse: { hours: "1", minutes: "" }, resolution: { hours: "4", minutes: "" } },
      { priorityId: urgent, firstResponse: { hours: "1", minutes: "" }, resolution: { hours: "8", minutes: "" } },
    ],
    pauseStatuses: ["waiting_for_customer", "waiting_for_parts"],
    warnPercent: "80",
    escalations: [
      { offsetMinutes: "30", action: "notify_person", userId: boss.userId },
      { offsetMinutes: "120", action: "raise_priority", priorityId: urgent },
      { offsetMinutes: "120", action: "add_assignee", userId: extra.userId },
    ],
  });
});
afterEach(() => setClock(null));
afterAll(async () => {
  setClock(null);
  await closeConnections();
});

describe("SLA warnings, breaches and escalations", () => {
  it("each fires once, and after a pause the breach fires for the new deadline, not the old", async () => {
    setClock(at("2027-03-08", "09:00")); // Monday
    const { id } = await createServiceRecord(a.ctx, {
      customerId: slaCustomer,
      priorityId: high,
      requestDate: "2027-03-08",
      subjectKind: "text",
      subject: "Kasa yazıcısı çalışmıyor",
    });
    recordId = id;
    await assignEmployees(a.ctx, { id, userIds: [tech.userId] });

    await sweep(at("2027-03-08", "09:30"));
    expect(await alertsOf(id)).toEqual([]);

    // One working hour waiting for the customer: every later instant moves by an hour.
    setClock(at("2027-03-08", "11:00"));
    await changeServiceStatus(a.ctx, { id, status: "waiting_for_customer" });
    setClock(at("2027-03-08", "12:00"));
    await changeServiceStatus(a.ctx, { id, status: "in_progress" });

    await sweep(at("2027-03-08", "13:20")); // past the old deadline (13:00), before the new one (14:00)
    await sweep(at("2027-03-08", "13:40"));
    const deadline = at("2027-03-08", "14:00").toISOString();
    const firstResponse = at("2027-03-08", "10:00").toISOString(); // no response before 12:00: its warning and breach came too
    let rows = await alertsOf(id);
    expect(named(rows, "sla_warning")).toEqual([`rep ${firstResponse}`, `rep ${deadline}`, `tech ${firstResponse}`, `tech ${deadline}`]);
    expect(named(rows, "sla_breach")).toEqual([`rep ${firstResponse}`, `tech ${firstResponse}`]);

    await sweep(at("2027-03-08", "14:05"));
    await sweep(at("2027-03-08", "14:20"));
    rows = await alertsOf(id);
    expect(named(rows, "sla_breach")).toEqual([`rep ${firstResponse}`, `rep ${deadline}`, `tech ${firstResponse}`, `tech ${deadline}`]);
    expect(named(rows, "sla_escalation")).toEqual([]);
    const breachMails = (await emailsTo(tech.email)).filter((m) => m.subject === "SLA breached" && m.html.includes(id));
    expect(breachMails).toHaveLength(2); // first response and resolution, one each

    await sweep(at("2027-03-08", "14:31"));
    await sweep(at("2027-03-08", "15:00"));
    rows = await alertsOf(id);
    expect(named(rows, "sla_escalation")).toEqual([`boss ${deadline}`]);
    expect(named(rows, "sla_breach")).toHaveLength(4);
    expect(rows.every((r) => r.orgId === a.orgId)).toBe(true);

    const feed = await db
      .select({ kind: activities.kind, actorKind: activities.actorKind })
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.entityId, id)));
    const slaFeed = feed.filter((f) => f.kind.startsWith("service.sla")).map((f) => f.kind);
    expect(slaFeed.filter((k) => k === "service.slaWarned")).toHaveLength(2);
    expect(slaFeed.filter((k) => k === "service.slaBreached")).toHaveLength(2);
    expect(slaFeed.filter((k) => k === "service.slaEscalated")).toHaveLength(1);
    // Isolation: nothing of org A's record reached org B.
    const inB = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.orgId, b.orgId), eq(notifications.entityId, id)));
    expect(inB).toEqual([]);
  });

  it("escalation actions raise the priority through the clock's log and add an assignee, once", async () => {
    await sweep(at("2027-03-08", "16:05")); // two business hours past the 14:00 deadline
    await sweep(at("2027-03-08", "16:30"));
    const [record] = await db
      .select()
      .from(serviceRecords)
      .where(and(eq(serviceRecords.orgId, a.orgId), eq(serviceRecords.id, recordId)));
    expect(record!.priorityId).toBe(urgent);
    // Urgent's 8 h from 09:00, the paused hour kept: due 18:00.
    expect(record!.slaDueAt).toEqual(at("2027-03-08", "18:00"));
    const changes = await db
      .select({ kind: slaEvents.kind, data: slaEvents.data })
      .from(slaEvents)
      .where(and(eq(slaEvents.orgId, a.orgId), eq(slaEvents.recordId, recordId), eq(slaEvents.kind, "priority_changed")));
    expect(changes.filter((e) => e.data.priority === urgent)).toHaveLength(1);
    const assignees = await db
      .select({ userId: serviceAssignments.userId, assignedById: serviceAssignments.assignedById })
      .from(serviceAssignments)
      .where(and(eq(serviceAssignments.orgId, a.orgId), eq(serviceAssignments.recordId, recordId)));
    expect(assignees.map((x) => x.userId).sort()).toEqual([tech.userId, extra.userId].sort());
    expect((await emailsTo(extra.email)).filter((m) => m.html.includes("/assignment/"))).toHaveLength(1);
    const feed = await db
      .select({ kind: activities.kind, actorKind: activities.actorKind })
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.entityId, recordId)));
    expect(feed.filter((f) => f.kind === "service.slaEscalated")).toHaveLength(3);
    expect(feed.filter((f) => f.kind === "service.updated" && f.actorKind === "system")).toHaveLength(1);
    expect(feed.filter((f) => f.kind === "service.assigned" && f.actorKind === "system")).toHaveLength(1);
  });
  it("an escalation set before the warning fires at its own time", async () => {
    // Its own customer and policy: no first-response target, resolution 4 h (warning at 80 %, 12:12)
    // and a rule two business hours before the deadline (11:00), so nothing else brings the sweep.
    const customerId = (await createCustomer(a.ctx, { name: "Ay Kırtasiye", type: "customer", status: "first_contact", contact: { name: "Can" } }))
      .id;
    const calendarId = (
      await createBusinessCalendar(a.ctx, { name: "Office hours 2", timeZone: zone, hours: WEEK, holidays: [], country: "", isDefault: false })
    ).id;
    const [slaType] = await db
      .select({ id: picklistItems.id })
      .from(picklistItems)
      .where(and(eq(picklistItems.orgId, a.orgId), eq(picklistItems.list, "contract_type"), eq(picklistItems.key, "sla")));
    setClock(at("2027-01-04", "10:00"));
    const contractId = (
      await createContract(a.ctx, { customerId, typeId: slaType!.id, name: "Ay SLA 2027", startsOn: "2027-01-01", endsOn: "2027-12-31" })
    ).id;
    await setSlaPolicy(a.ctx, {
      contractId,
      calendarId,
      targets: [{ priorityId: high, firstResponse: { hours: "", minutes: "" }, resolution: { hours: "4", minutes: "" } }],
      pauseStatuses: ["waiting_for_customer"],
      warnPercent: "80",
      escalations: [{ offsetMinutes: "-120", action: "notify_person", userId: boss.userId }],
    });
    setClock(at("2027-03-09", "09:00")); // Tuesday: due 13:00
    const { id } = await createServiceRecord(a.ctx, {
      customerId,
      priorityId: high,
      requestDate: "2027-03-09",
      subjectKind: "text",
      subject: "Fotokopi",
    });
    await sweep(at("2027-03-09", "10:55"));
    expect(await alertsOf(id)).toEqual([]);
    await sweep(at("2027-03-09", "11:05"));
    const rows = await alertsOf(id);
    expect(named(rows, "sla_escalation")).toEqual([`boss ${at("2027-03-09", "13:00").toISOString()}`]);
    expect(named(rows, "sla_warning")).toEqual([]);

    // Warning 12:12 and breach 13:00 sent: nothing is left, so the sweep no longer picks the record.
    await sweep(at("2027-03-09", "12:15"));
    await sweep(at("2027-03-09", "13:05"));
    // No assignee and no sales rep to tell: the feed shows each was sent, once.
    const feed = await db
      .select({ kind: activities.kind })
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.entityId, id)));
    expect(
      feed
        .map((f) => f.kind)
        .filter((k) => k.startsWith("service.sla"))
        .sort(),
    ).toEqual(["service.slaBreached", "service.slaEscalated", "service.slaWarned"]);
    expect(await nextAlertOf(id)).toBeNull();
    expect(await swept(at("2027-03-09", "13:30"))).not.toContain(id);
    expect(await swept(at("2027-03-12", "10:00"))).not.toContain(id);
  });

  it("a first-response warning is sent at its own instant, before any other alert", async () => {
    setClock(at("2027-03-10", "09:00")); // Wednesday: first response due 10:00, warning at 09:48
    const { id } = await createServiceRecord(a.ctx, {
      customerId: slaCustomer,
      priorityId: high,
      requestDate: "2027-03-10",
      subjectKind: "text",
      subject: "Yazarkasa fişi basmıyor",
    });
    expect(await nextAlertOf(id)).toEqual(at("2027-03-10", "09:48"));
    await sweep(at("2027-03-10", "09:45"));
    expect(await alertsOf(id)).toEqual([]);
    await sweep(at("2027-03-10", "09:49"));
    const rows = await alertsOf(id);
    expect(named(rows, "sla_warning")).toEqual([`rep ${at("2027-03-10", "10:00").toISOString()}`]);
    expect(named(rows, "sla_breach")).toEqual([]);
    expect(await nextAlertOf(id)).toEqual(at("2027-03-10", "10:00"));
  });
});

describe("OLA warnings, breaches and escalations", () => {
  it("the OLA clock, started on assignment, warns, breaches and escalates once each, in words of its own", async () => {
    // An OLA contract only: resolution 2 business hours from the first assignment, warning at 80 %,
    // a named person told 30 business minutes after the deadline.
    const customerId = (
      await createCustomer(a.ctx, {
        name: "Yıldız Market",
        type: "customer",
        status: "first_contact",
        contact: { name: "Deniz" },
        salesRepId: rep.userId,
      })
    ).id;
    const calendarId = (
      await createBusinessCalendar(a.ctx, { name: "Office hours 3", timeZone: zone, hours: WEEK, holidays: [], country: "", isDefault: false })
    ).id;
    setClock(at("2027-01-04", "10:00"));
    const contractId = (
      await createContract(a.ctx, {
        customerId,
        typeId: await contractTypeId("ola"),
        name: "Yıldız OLA 2027",
        startsOn: "2027-01-01",
        endsOn: "2027-12-31",
      })
    ).id;
    await setSlaPolicy(a.ctx, {
      contractId,
      calendarId,
      targets: [{ priorityId: high, firstResponse: { hours: "", minutes: "" }, resolution: { hours: "2", minutes: "" } }],
      pauseStatuses: ["waiting_for_customer"],
      warnPercent: "80",
      escalations: [{ offsetMinutes: "30", action: "notify_person", userId: boss.userId }],
    });
    setClock(at("2027-03-11", "09:00")); // Thursday
    const { id } = await createServiceRecord(a.ctx, {
      customerId,
      priorityId: high,
      requestDate: "2027-03-11",
      subjectKind: "text",
      subject: "Terazi arızalı",
    });
    expect(await nextAlertOf(id)).toBeNull(); // no SLA contract, and the OLA clock waits for the assignment
    await assignEmployees(a.ctx, { id, userIds: [tech.userId] }); // due 11:00, warning 10:36
    expect(await nextAlertOf(id)).toEqual(at("2027-03-11", "10:36"));

    await sweep(at("2027-03-11", "10:30"));
    expect(await alertsOf(id)).toEqual([]);
    await sweep(at("2027-03-11", "10:40"));
    await sweep(at("2027-03-11", "10:50"));
    const deadline = at("2027-03-11", "11:00").toISOString();
    let rows = await alertsOf(id);
    expect(named(rows, "ola_warning")).toEqual([`rep ${deadline}`, `tech ${deadline}`]);
    expect(named(rows, "ola_breach")).toEqual([]);

    await sweep(at("2027-03-11", "11:05"));
    await sweep(at("2027-03-11", "11:20"));
    rows = await alertsOf(id);
    expect(named(rows, "ola_warning")).toHaveLength(2);
    expect(named(rows, "ola_breach")).toEqual([`rep ${deadline}`, `tech ${deadline}`]);
    expect(named(rows, "ola_escalation")).toEqual([]);

    await sweep(at("2027-03-11", "11:31"));
    await sweep(at("2027-03-11", "12:00"));
    rows = await alertsOf(id);
    expect(named(rows, "ola_escalation")).toEqual([`boss ${deadline}`]);
    expect(rows.filter((r) => r.kind.startsWith("sla_"))).toEqual([]);
    const mails = (await emailsTo(tech.email)).filter((m) => m.html.includes(id));
    expect(mails.map((m) => m.subject).sort()).toEqual(["OLA breached", "OLA deadline approaching"]);

    const feed = await db
      .select({ kind: activities.kind })
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.entityId, id)));
    const olaFeed = feed.map((f) => f.kind).filter((k) => k.startsWith("service.ola") || k.startsWith("service.sla"));
    expect(olaFeed.sort()).toEqual(["service.olaBreached", "service.olaEscalated", "service.olaWarned"]);

    // Everything sent: the sweep leaves the record alone from now on.
    expect(await nextAlertOf(id)).toBeNull();
    expect(await swept(at("2027-03-11", "12:30"))).not.toContain(id);
  });
});
