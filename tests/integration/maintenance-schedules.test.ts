import { and, asc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import {
  activities,
  businessCalendars,
  customerTechnicians,
  maintenanceSchedules,
  memberProfiles,
  notifications,
  picklistItems,
  scheduleOccurrences,
  serviceAssignments,
  serviceRecords,
} from "@/db/schema";
import type { ScheduleCatchUpPolicy } from "@/db/schema/enum-values";
import { setClock } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { createCustomer } from "@/lib/customers/create-customer";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { SweepEnqueue } from "@/lib/jobs/define-job";
import { systemContext } from "@/lib/jobs/system-context";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { generateScheduleOccurrences } from "@/lib/schedules/generate-occurrences";
import { getSchedule } from "@/lib/schedules/get-schedule";
import { listCustomerSchedules } from "@/lib/schedules/list-customer-schedules";
import { listSchedules } from "@/lib/schedules/list-schedules";
import { pauseSchedule } from "@/lib/schedules/pause-schedule";
import { resumeSchedule } from "@/lib/schedules/resume-schedule";
import { schedulesSweep } from "@/lib/schedules/schedules-sweep";
import { updateSchedule } from "@/lib/schedules/update-schedule";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections, emailsTo } from "./helpers";

// Issue 12 item 4 (SPEC K3): the generator run as pg-boss would (the sweep, one job per schedule
// under the org's system context) while the clock moves; catch-up after downtime per policy;
// concurrent runs; edits and pauses; isolation, levels and scopes of every verb.

type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;
let tech: Awaited<ReturnType<typeof addMember>>;
let serviceTypeId: string;

/** The sweep at `at`, every job it enqueues run at once (`runs` times: a retry, a second instance). */
async function sweep(at: string, runs = 1) {
  setClock(new Date(at));
  const enqueue: SweepEnqueue = async (job, orgId, data) => {
    for (let run = 0; run < runs; run++) await job.run(await systemContext(orgId, job.name), data);
  };
  await schedulesSweep.run(enqueue);
}

async function scheduledTypeOf(org: Org) {
  const [row] = await db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(and(eq(picklistItems.orgId, org.orgId), eq(picklistItems.list, "service_type"), eq(picklistItems.key, "scheduled_service")));
  return row!.id;
}

async function customer(ctx: OrgContext, name: string) {
  return (await createCustomer(ctx, { name, type: "customer", status: "active", contact: { name: "Ayşe" } })).id;
}

const monthly10 = { kind: "monthly_day", day: "10", interval: "1" };

async function schedule(ctx: OrgContext, customerId: string, fields: Record<string, unknown> = {}) {
  return (
    await createSchedule(ctx, {
      customerId,
      title: "Klima bakımı",
      ...monthly10,
      firstDate: "2027-01-10",
      leadDays: "3",
      technicianIds: [tech.userId],
      serviceTypeId,
      ...fields,
    })
  ).id;
}

async function occurrencesOf(scheduleId: string) {
  return db
    .select({
      date: scheduleOccurrences.occurrenceDate,
      planned: scheduleOccurrences.plannedDate,
      state: scheduleOccurrences.state,
      recordId: scheduleOccurrences.serviceRecordId,
    })
    .from(scheduleOccurrences)
    .where(eq(scheduleOccurrences.scheduleId, scheduleId))
    .orderBy(asc(scheduleOccurrences.occurrenceDate));
}

async function recordsOf(customerId: string) {
  return db
    .select({
      id: serviceRecords.id,
      subject: serviceRecords.subject,
      typeId: serviceRecords.serviceTypeId,
      plannedStart: serviceRecords.plannedStart,
      status: serviceRecords.status,
    })
    .from(serviceRecords)
    .where(eq(serviceRecords.customerId, customerId))
    .orderBy(asc(serviceRecords.plannedStart));
}

async function versionOf(id: string) {
  const [row] = await db.select({ version: maintenanceSchedules.version }).from(maintenanceSchedules).where(eq(maintenanceSchedules.id, id));
  return row!.version;
}

beforeAll(async () => {
  setClock(new Date("2027-01-01T09:00:00Z"));
  a = await createOrg("Schedules A");
  b = await createOrg("Schedules B");
  tech = await addMember(a, "contribute");
  serviceTypeId = await scheduledTypeOf(a);
});
afterEach(() => setClock(null));
afterAll(async () => {
  setClock(null);
  await closeConnections();
});

describe("the generator", () => {
  it("seed 002: monthly on the 10th with 3 lead days creates each visit once on the 7th, assigned and e-mailed, however often it runs", async () => {
    setClock(new Date("2027-01-01T09:00:00Z"));
    const c = await customer(a.ctx, "Kiraz Klima");
    const id = await schedule(a.ctx, c);
    await sweep("2027-01-05T12:00:00Z", 2);
    expect(await recordsOf(c)).toEqual([]);
    for (const at of [
      "2027-01-07T12:00:00Z",
      "2027-01-08T12:00:00Z",
      "2027-02-07T12:00:00Z",
      "2027-02-20T12:00:00Z",
      "2027-03-07T12:00:00Z",
      "2027-04-07T12:00:00Z",
    ]) {
      await sweep(at, 2);
    }
    const records = await recordsOf(c);
    expect(records).toHaveLength(4);
    expect(records.every((r) => r.typeId === serviceTypeId && r.subject === "Klima bakımı" && r.status === "assigned")).toBe(true);
    const occurrences = await occurrencesOf(id);
    expect(occurrences.map((o) => `${o.date}:${o.state}`)).toEqual([
      "2027-01-10:created",
      "2027-02-10:created",
      "2027-03-10:created",
      "2027-04-10:created",
    ]);
    expect(new Set(occurrences.map((o) => o.recordId)).size).toBe(4);
    const assigned = await db
      .select()
      .from(serviceAssignments)
      .where(and(eq(serviceAssignments.orgId, a.orgId), eq(serviceAssignments.userId, tech.userId)));
    expect(assigned.filter((x) => records.some((r) => r.id === x.recordId))).toHaveLength(4);
    const mails = (await emailsTo(tech.email)).filter((m) => m.text.includes("Klima bakımı") && m.text.includes("Kiraz Klima"));
    expect(mails).toHaveLength(4);
    // The feed says a job filed them.
    const feed = await db
      .select({ kind: activities.kind, actorKind: activities.actorKind })
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.customerId, c), eq(activities.kind, "service.created")));
    expect(feed).toHaveLength(4);
    expect(feed.every((f) => f.actorKind === "system")).toBe(true);
  });

  it("two generator runs at once create one record", async () => {
    setClock(new Date("2027-01-01T09:00:00Z"));
    const c = await customer(a.ctx, "Eşzamanlı Ltd");
    const id = await schedule(a.ctx, c);
    setClock(new Date("2027-01-07T12:00:00Z"));
    const run = async () => generateScheduleOccurrences(await systemContext(a.orgId, "schedule-occurrences"), { scheduleId: id });
    const results = await Promise.all([run(), run(), run()]);
    expect(results.map((r) => r.created).sort()).toEqual([0, 0, 1]);
    expect(await recordsOf(c)).toHaveLength(1);
  });

  it("moves an occurrence on a non-working day to the next working day and counts the lead days from there", async () => {
    setClock(new Date("2027-01-01T09:00:00Z"));
    const [calendar] = await db
      .select()
      .from(businessCalendars)
      .where(and(eq(businessCalendars.orgId, a.orgId), eq(businessCalendars.isDefault, true)));
    const c = await customer(a.ctx, "Hafta Sonu AŞ");
    // 10 January 2027 is a Sunday: the visit is on Monday the 11th, created on the 8th.
    const id = await schedule(a.ctx, c, { calendarId: calendar!.id, count: "1", ends: "count" });
    const detail = await getSchedule(a.ctx, { id });
    expect(detail.upcoming).toEqual([{ date: "2027-01-10", planned: "2027-01-11", moved: true, createsOn: "2027-01-08" }]);
    await sweep("2027-01-07T12:00:00Z");
    expect(await recordsOf(c)).toHaveLength(0);
    await sweep("2027-01-08T12:00:00Z");
    const [record] = await recordsOf(c);
    expect(record!.plannedStart!.toISOString().slice(0, 10)).toBe("2027-01-11");
    expect((await getSchedule(a.ctx, { id })).past).toMatchObject([{ date: "2027-01-10", planned: "2027-01-11", moved: true, state: "created" }]);
  });
});

describe("catch-up after downtime", () => {
  // Weekly on Monday, 7 lead days, first visit 1 March; nothing runs until Wednesday 17 March. Due by
  // then: 1, 8 and 15 March (past) and 22 March (late, still to come).
  async function downtime(policy: ScheduleCatchUpPolicy) {
    setClock(new Date("2027-02-19T09:00:00Z"));
    const c = await customer(a.ctx, `Kesinti ${policy}`);
    const id = await schedule(a.ctx, c, { kind: "weekly", weekdays: ["mon"], firstDate: "2027-03-01", leadDays: "7", catchUpPolicy: policy });
    await sweep("2027-03-17T12:00:00Z", 2);
    const states = (await occurrencesOf(id)).map((o) => `${o.date.slice(5)}:${o.state}`);
    const missedNotes = await db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.orgId, a.orgId), eq(notifications.entityId, id), eq(notifications.kind, "schedule_missed")));
    // Afterwards the schedule is on time again.
    await sweep("2027-03-22T12:00:00Z");
    const next = (await occurrencesOf(id)).find((o) => o.date === "2027-03-29");
    return { states, records: (await recordsOf(c)).length, notified: missedNotes.length, next: next?.state };
  }

  it("create_upcoming (the default): creates the one still to come, marks the past ones missed and notifies the admins", async () => {
    expect(await downtime("create_upcoming")).toEqual({
      states: ["03-01:missed", "03-08:missed", "03-15:missed", "03-22:created"],
      records: 2,
      notified: 1,
      next: "created",
    });
  });
  it("create_all: creates every missed one", async () => {
    expect(await downtime("create_all")).toEqual({
      states: ["03-01:created", "03-08:created", "03-15:created", "03-22:created"],
      records: 5,
      notified: 0,
      next: "created",
    });
  });
  it("latest_only: creates the latest, skips the rest", async () => {
    expect(await downtime("latest_only")).toEqual({
      states: ["03-01:skipped", "03-08:skipped", "03-15:skipped", "03-22:created"],
      records: 2,
      notified: 0,
      next: "created",
    });
  });
  it("mark_missed: marks every late one missed", async () => {
    expect(await downtime("mark_missed")).toEqual({
      states: ["03-01:missed", "03-08:missed", "03-15:missed", "03-22:missed"],
      records: 1,
      notified: 1,
      next: "created",
    });
  });
});

describe("edits and pauses", () => {
  it("an edit changes only occurrences still to come and not generated", async () => {
    setClock(new Date("2027-01-01T09:00:00Z"));
    const c = await customer(a.ctx, "Değişen Ltd");
    const id = await schedule(a.ctx, c);
    await sweep("2027-01-07T12:00:00Z");
    setClock(new Date("2027-01-08T10:00:00Z"));
    await updateSchedule(a.ctx, {
      id,
      version: await versionOf(id),
      customerId: c,
      title: "Klima bakımı",
      kind: "monthly_day",
      day: "9",
      firstDate: "2027-01-09",
      leadDays: "3",
      technicianIds: [tech.userId],
      serviceTypeId,
    });
    await sweep("2027-01-08T12:00:00Z");
    await sweep("2027-02-06T12:00:00Z");
    expect((await occurrencesOf(id)).map((o) => `${o.date}:${o.state}`)).toEqual(["2027-01-10:created", "2027-02-09:created"]);
    expect(await recordsOf(c)).toHaveLength(2);
  });

  it("a paused schedule generates nothing; on resume the default policy creates what is still to come and marks the past missed", async () => {
    setClock(new Date("2027-01-01T09:00:00Z"));
    const c = await customer(a.ctx, "Duraklatılan AŞ");
    const id = await schedule(a.ctx, c);
    await pauseSchedule(a.ctx, { id, version: await versionOf(id) });
    await sweep("2027-01-07T12:00:00Z");
    await sweep("2027-02-07T12:00:00Z");
    expect(await recordsOf(c)).toHaveLength(0);
    setClock(new Date("2027-02-08T09:00:00Z"));
    await resumeSchedule(a.ctx, { id, version: await versionOf(id) });
    await sweep("2027-02-08T12:00:00Z");
    expect((await occurrencesOf(id)).map((o) => `${o.date}:${o.state}`)).toEqual(["2027-01-10:missed", "2027-02-10:created"]);
    expect(await recordsOf(c)).toHaveLength(1);
    const kinds = await db
      .select({ kind: activities.kind })
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.entityId, id)));
    expect(kinds.map((k) => k.kind).sort()).toEqual(["schedule.created", "schedule.occurrencesMissed", "schedule.paused", "schedule.resumed"]);
  });
});

describe("guarded and scoped", () => {
  it("another org cannot see, change or pause a schedule, nor use its customer", async () => {
    const c = await customer(a.ctx, "Gizli Ltd");
    const id = await schedule(a.ctx, c);
    await caught(getSchedule(b.ctx, { id }), NotFoundError);
    await caught(
      updateSchedule(b.ctx, { id, version: 1, customerId: c, title: "x", ...monthly10, firstDate: "2027-01-10", serviceTypeId }),
      NotFoundError,
    );
    await caught(pauseSchedule(b.ctx, { id, version: 1 }), NotFoundError);
    await caught(resumeSchedule(b.ctx, { id, version: 1 }), NotFoundError);
    expect((await listSchedules(b.ctx, {})).rows.map((r) => r.id)).not.toContain(id);
    expect(await listCustomerSchedules(b.ctx, { customerId: c })).toEqual([]);
    const err = await caught(
      createSchedule(b.ctx, { customerId: c, title: "x", ...monthly10, firstDate: "2027-01-10", serviceTypeId }),
      ValidationError,
    );
    expect(err.fieldErrors).toMatchObject({ customerId: "invalid" });
  });

  it("View reads, Contribute cannot set up, Edit can; technicians must be able to work a record", async () => {
    const c = await customer(a.ctx, "Seviye Ltd");
    const view = (await addMember(a, "view")).ctx;
    const contribute = (await addMember(a, "contribute")).ctx;
    const edit = (await addMember(a, "edit")).ctx;
    await caught(schedule(contribute, c), ForbiddenError);
    await caught(schedule(view, c), ForbiddenError);
    const id = await schedule(edit, c);
    expect((await getSchedule(view, { id })).schedule.title).toBe("Klima bakımı");
    await caught(pauseSchedule(contribute, { id, version: 1 }), ForbiddenError);
    await caught(
      updateSchedule(view, { id, version: 1, customerId: c, title: "x", ...monthly10, firstDate: "2027-01-10", serviceTypeId }),
      ForbiddenError,
    );
    await pauseSchedule(edit, { id, version: 1 });
    const viewer = await addMember(a, "view");
    const err = await caught(schedule(edit, c, { technicianIds: [viewer.userId] }), ValidationError);
    expect(err.fieldErrors).toEqual({ technicianIds: "cannotLogTime" });
  });

  it("refuses a broken raw rule and a contract of another customer, as field errors", async () => {
    const c = await customer(a.ctx, "Kural Ltd");
    expect((await caught(schedule(a.ctx, c, { kind: "custom", rrule: "FREQ=HOURLY" }), ValidationError)).fieldErrors).toEqual({
      rrule: "rruleFrequency",
    });
    expect((await caught(schedule(a.ctx, c, { kind: "weekly", weekdays: [] }), ValidationError)).fieldErrors).toEqual({ weekdays: "required" });
    const id = await schedule(a.ctx, c, { kind: "custom", rrule: "FREQ=MONTHLY;BYDAY=2TU" });
    // The second Tuesday on or after the first date, 10 January 2027.
    expect((await getSchedule(a.ctx, { id })).upcoming.slice(0, 2).map((o) => o.date)).toEqual(["2027-01-12", "2027-02-09"]);
    const other = await customer(a.ctx, "Başka Müşteri");
    const [type] = await db
      .select({ id: picklistItems.id })
      .from(picklistItems)
      .where(and(eq(picklistItems.orgId, a.orgId), eq(picklistItems.list, "contract_type")));
    const { createContract } = await import("@/lib/contracts/create-contract");
    const contractId = (await createContract(a.ctx, { customerId: other, typeId: type!.id, name: "Başka sözleşme" })).id;
    expect((await caught(schedule(a.ctx, c, { contractId }), ValidationError)).fieldErrors).toEqual({ contractId: "invalid" });
  });

  it("a technician sees only the schedules of customers they are authorised for", async () => {
    const mine = await customer(a.ctx, "Yetkili Müşteri");
    const notMine = await customer(a.ctx, "Yetkisiz Müşteri");
    const technician = await addMember(a, "manage");
    await db.insert(memberProfiles).values({ orgId: a.orgId, userId: technician.userId, technician: true });
    await db.insert(customerTechnicians).values({ orgId: a.orgId, customerId: mine, userId: technician.userId });
    const ctx = await loadOrgContext(technician.userId, a.orgSlug);
    const visible = await schedule(a.ctx, mine);
    const hidden = await schedule(a.ctx, notMine);
    const ids = (await listSchedules(ctx, {})).rows.map((r) => r.id);
    expect(ids).toContain(visible);
    expect(ids).not.toContain(hidden);
    await caught(getSchedule(ctx, { id: hidden }), NotFoundError);
    await caught(pauseSchedule(ctx, { id: hidden, version: 1 }), NotFoundError);
    expect((await caught(schedule(ctx, notMine), ValidationError)).fieldErrors).toMatchObject({ customerId: "invalid" });
    await pauseSchedule(ctx, { id: visible, version: 1 });
  });
});
