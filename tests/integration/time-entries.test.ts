import { randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, serviceAssignments, serviceRecords, timeEntries } from "@/db/schema";
import { createCustomer } from "@/lib/customers/create-customer";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { addManualEntry } from "@/lib/time-entries/add-manual-entry";
import { checkIn } from "@/lib/time-entries/check-in";
import { checkOut } from "@/lib/time-entries/check-out";
import { correctEntry } from "@/lib/time-entries/correct-entry";
import { getRecordTimer } from "@/lib/time-entries/get-record-timer";
import { getRunningTimer } from "@/lib/time-entries/get-running-timer";
import { getSupportCustomer } from "@/lib/time-entries/get-support-customer";
import { listRecordEntries } from "@/lib/time-entries/list-record-entries";
import { removeEntry } from "@/lib/time-entries/remove-entry";
import { saveSupportEntry } from "@/lib/time-entries/save-support-entry";
import { startSupportEntry } from "@/lib/time-entries/start-support-entry";
import { startTimer } from "@/lib/time-entries/start-timer";
import { stopTimer } from "@/lib/time-entries/stop-timer";
import { getRecordTotals, stoppedSecondsByRecord } from "@/lib/time-entries/totals";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;

let a: Org;
let b: Org;
let customerA: string;
let customerB: string;

const T0 = Date.parse("2026-03-02T09:00:00.000Z");
/** An instant `seconds` (may carry milliseconds) after T0. */
const at = (seconds: number) => new Date(T0 + Math.round(seconds * 1000));
const iso = (seconds: number) => at(seconds).toISOString();

async function newCustomer(org: Org, name: string) {
  const { id } = await createCustomer(org.ctx, { name, type: "customer", status: "first_contact", contact: { name: `${name} Contact` } });
  return id;
}

async function newRecord(org: Org, customerId: string, subject = "Camera installation") {
  const { id, number } = await createServiceRecord(org.ctx, { customerId, requestDate: "2026-03-02", subject });
  return { id, number };
}

async function running(org: Org, userId: string) {
  return db
    .select()
    .from(timeEntries)
    .where(and(eq(timeEntries.orgId, org.orgId), eq(timeEntries.userId, userId), isNull(timeEntries.stoppedAt)));
}

async function entriesOf(org: Org, recordId: string) {
  return db
    .select()
    .from(timeEntries)
    .where(and(eq(timeEntries.orgId, org.orgId), eq(timeEntries.recordId, recordId)))
    .orderBy(timeEntries.startedAt);
}

async function activitiesOf(org: Org, recordId: string, kind: string) {
  return db
    .select()
    .from(activities)
    .where(and(eq(activities.orgId, org.orgId), eq(activities.entityId, recordId), sql`${activities.kind} = ${kind}`))
    .orderBy(activities.createdAt);
}

async function setStatus(org: Org, recordId: string, status: "closed" | "cancelled" | "completed") {
  await db
    .update(serviceRecords)
    .set({ status })
    .where(and(eq(serviceRecords.orgId, org.orgId), eq(serviceRecords.id, recordId)));
}

async function assign(org: Org, recordId: string, userId: string, response: "pending" | "accepted" | "rejected" = "accepted") {
  await db.insert(serviceAssignments).values({ orgId: org.orgId, recordId, userId, response, tokenHash: randomBytes(32).toString("hex") });
}

beforeAll(async () => {
  a = await createOrg("Timer A");
  b = await createOrg("Timer B");
  customerA = await newCustomer(a, "Işık Güvenlik A.Ş.");
  customerB = await newCustomer(b, "Șoseaua Service SRL");
});
afterAll(closeConnections);

describe("one running timer per user", () => {
  it("starting another timer stops the first at the same instant and starts the new one", async () => {
    const tech = await addMember(a, "contribute");
    const first = await newRecord(a, customerA);
    const second = await newRecord(a, customerA);
    await startTimer(tech.ctx, { recordId: first.id }, { now: at(0.4) });
    const switched = await startTimer(tech.ctx, { recordId: second.id }, { now: at(725.9) });

    expect(switched.switchedFrom).toEqual({ recordId: first.id, number: first.number });
    const [stopped] = await entriesOf(a, first.id);
    const [started] = await entriesOf(a, second.id);
    expect(stopped!.stoppedAt).toEqual(at(725));
    expect(started!.startedAt).toEqual(stopped!.stoppedAt);
    expect(await running(a, tech.userId)).toEqual([expect.objectContaining({ recordId: second.id })]);
    const logged = await activitiesOf(a, first.id, "service.timeLogged");
    expect(logged.map((x) => x.summary)).toEqual([`#${first.number} ▶`, `#${first.number} 0:12:05`]);
  });

  it("a second start on the same record is not a new run", async () => {
    const tech = await addMember(a, "contribute");
    const record = await newRecord(a, customerA);
    const one = await startTimer(tech.ctx, { recordId: record.id }, { now: at(0) });
    const two = await startTimer(tech.ctx, { recordId: record.id }, { now: at(30) });
    expect(two.entryId).toBe(one.entryId);
    expect(await entriesOf(a, record.id)).toHaveLength(1);
  });

  it("concurrent starts leave exactly one running timer, and no time is lost between them", async () => {
    const tech = await addMember(a, "contribute");
    const records = [];
    for (let i = 0; i < 5; i++) records.push(await newRecord(a, customerA));
    const results = await Promise.all(records.map((r) => startTimer(tech.ctx, { recordId: r.id })));
    expect(results).toHaveLength(5);
    expect(await running(a, tech.userId)).toHaveLength(1);
    const all = await db
      .select()
      .from(timeEntries)
      .where(and(eq(timeEntries.orgId, a.orgId), eq(timeEntries.userId, tech.userId)));
    expect(all).toHaveLength(5);
  });

  it("concurrent starts on the same record make one entry", async () => {
    const tech = await addMember(a, "contribute");
    const record = await newRecord(a, customerA);
    await Promise.all([1, 2, 3, 4].map(() => startTimer(tech.ctx, { recordId: record.id })));
    expect(await entriesOf(a, record.id)).toHaveLength(1);
  });

  it("is per user: two people run timers on the same record at once", async () => {
    const [one, two] = [await addMember(a, "contribute"), await addMember(a, "contribute")];
    const record = await newRecord(a, customerA);
    await startTimer(one.ctx, { recordId: record.id });
    await startTimer(two.ctx, { recordId: record.id });
    expect(await running(a, one.userId)).toHaveLength(1);
    expect(await running(a, two.userId)).toHaveLength(1);
  });

  it("stopping with nothing running is a conflict; the header finds the running timer", async () => {
    const tech = await addMember(a, "contribute");
    expect((await caught(stopTimer(tech.ctx, {}), ConflictError)).code).toBe("timerNotRunning");
    expect(await getRunningTimer(tech.ctx)).toBeNull();
    const record = await newRecord(a, customerA, "Router reset");
    await startTimer(tech.ctx, { recordId: record.id }, { now: at(10) });
    expect(await getRunningTimer(tech.ctx)).toEqual({
      entryId: expect.any(String),
      recordId: record.id,
      number: record.number,
      subject: "Router reset",
      customerName: "Işık Güvenlik A.Ş.",
      startedAt: iso(10),
    });
    // A stale page asking to stop the timer of another record stops nothing.
    const other = await newRecord(a, customerA);
    expect((await caught(stopTimer(tech.ctx, { recordId: other.id }), ConflictError)).code).toBe("timerNotRunning");
    await stopTimer(tech.ctx, { recordId: record.id }, { now: at(70) });
    expect(await getRunningTimer(tech.ctx)).toBeNull();
  });
});

describe("starting work on a record", () => {
  it("moves a new record to in progress and fills its actual start once", async () => {
    const tech = await addMember(a, "contribute");
    const record = await newRecord(a, customerA);
    await startTimer(tech.ctx, { recordId: record.id }, { now: at(100) });
    await stopTimer(tech.ctx, {}, { now: at(200) });
    await startTimer(tech.ctx, { recordId: record.id }, { now: at(300) });
    const [row] = await db.select().from(serviceRecords).where(eq(serviceRecords.id, record.id));
    expect(row).toMatchObject({ status: "in_progress", actualStart: at(100) });
    expect(await activitiesOf(a, record.id, "service.statusChanged")).toHaveLength(1);
  });

  it("refuses timers and manual time on closed, cancelled and completed records", async () => {
    const tech = await addMember(a, "contribute");
    for (const status of ["closed", "cancelled", "completed"] as const) {
      const record = await newRecord(a, customerA);
      await setStatus(a, record.id, status);
      expect((await caught(startTimer(tech.ctx, { recordId: record.id }), ConflictError)).code).toBe("recordNotOpen");
      const manual = { recordId: record.id, startedAt: iso(0), stoppedAt: iso(60) };
      expect((await caught(addManualEntry(tech.ctx, manual), ConflictError)).code).toBe("recordNotOpen");
      expect(await entriesOf(a, record.id)).toEqual([]);
    }
    expect(await running(a, tech.userId)).toEqual([]);
  });

  it("a record closed while its timer runs still lets the timer stop", async () => {
    const tech = await addMember(a, "contribute");
    const record = await newRecord(a, customerA);
    await startTimer(tech.ctx, { recordId: record.id }, { now: at(0) });
    await setStatus(a, record.id, "completed");
    await stopTimer(tech.ctx, { recordId: record.id }, { now: at(42) });
    expect((await entriesOf(a, record.id))[0]!.stoppedAt).toEqual(at(42));
  });
});

describe("totals", () => {
  it("are exact to the second across many start/stop runs and people", async () => {
    const [one, two] = [await addMember(a, "contribute"), await addMember(a, "contribute")];
    const record = await newRecord(a, customerA);
    const expected = new Map<string, number>([
      [one.userId, 0],
      [two.userId, 0],
    ]);
    // 40 runs with awkward milliseconds; each counts whole seconds from its whole-second start.
    let clock = 0;
    for (let i = 0; i < 40; i++) {
      const who = i % 2 === 0 ? one : two;
      const start = clock + 0.123 * (i % 7) + (i % 3) * 0.9;
      const stop = start + 17 + i * 13.37;
      await startTimer(who.ctx, { recordId: record.id }, { now: at(start) });
      await stopTimer(who.ctx, { recordId: record.id }, { now: at(stop) });
      expected.set(who.userId, expected.get(who.userId)! + Math.floor(at(stop).getTime() / 1000) - Math.floor(at(start).getTime() / 1000));
      clock = stop + 5;
    }
    const totals = await getRecordTotals(a.ctx, { recordId: record.id });
    const sum = expected.get(one.userId)! + expected.get(two.userId)!;
    expect(totals.totalSeconds).toBe(sum);
    expect(Object.fromEntries(totals.users.map((u) => [u.userId, u.seconds]))).toEqual(Object.fromEntries(expected));
    expect((await stoppedSecondsByRecord(a.ctx.t, [record.id])).get(record.id)).toBe(sum);
    const lines = await listRecordEntries(a.ctx, { recordId: record.id });
    expect(lines.reduce((s, e) => s + e.seconds!, 0)).toBe(sum);
  });

  it("leave a running timer out of the finished total and report when it started", async () => {
    const tech = await addMember(a, "contribute");
    const record = await newRecord(a, customerA);
    await addManualEntry(tech.ctx, { recordId: record.id, startedAt: iso(0), stoppedAt: iso(3600) });
    await startTimer(tech.ctx, { recordId: record.id }, { now: at(4000) });
    const totals = await getRecordTotals(tech.ctx, { recordId: record.id });
    expect(totals).toEqual({ totalSeconds: 3600, users: [{ userId: tech.userId, name: "User contribute", seconds: 3600, runningSince: iso(4000) }] });
    const timer = await getRecordTimer(tech.ctx, { recordId: record.id });
    expect(timer).toMatchObject({ totalSeconds: 3600, runningEntryId: expect.any(String), canLog: true, canCorrect: false, isAssignee: false });
    await stopTimer(tech.ctx, {}, { now: at(4000 + 65) });
    expect((await getRecordTotals(tech.ctx, { recordId: record.id })).totalSeconds).toBe(3665);
  });
});

describe("manual entries and corrections", () => {
  it("adds the user's own past time, logged with its span", async () => {
    const tech = await addMember(a, "contribute");
    const record = await newRecord(a, customerA);
    await addManualEntry(
      tech.ctx,
      { recordId: record.id, startedAt: iso(0), stoppedAt: iso(5400), note: "Phone support from the car" },
      { now: at(9000) },
    );
    const [entry] = await entriesOf(a, record.id);
    expect(entry).toMatchObject({ userId: tech.userId, source: "manual", startedAt: at(0), stoppedAt: at(5400), note: "Phone support from the car" });
    const [logged] = await activitiesOf(a, record.id, "service.timeLogged");
    expect(logged).toMatchObject({
      actorId: tech.userId,
      summary: `#${record.number} 1:30:00`,
      changes: { startedAt: { from: null, to: iso(0) }, stoppedAt: { from: null, to: iso(5400) } },
    });
  });

  it("refuses backwards, future and overlapping spans", async () => {
    const tech = await addMember(a, "contribute");
    const record = await newRecord(a, customerA);
    const backwards = await caught(addManualEntry(tech.ctx, { recordId: record.id, startedAt: iso(60), stoppedAt: iso(0) }), ValidationError);
    expect(backwards.fieldErrors).toEqual({ stoppedAt: "endBeforeStart" });
    const future = await caught(
      addManualEntry(tech.ctx, { recordId: record.id, startedAt: iso(0), stoppedAt: iso(600) }, { now: at(300) }),
      ValidationError,
    );
    expect(future.fieldErrors).toEqual({ stoppedAt: "inFuture" });
    await addManualEntry(tech.ctx, { recordId: record.id, startedAt: iso(0), stoppedAt: iso(600) });
    const overlap = await caught(addManualEntry(tech.ctx, { recordId: record.id, startedAt: iso(599), stoppedAt: iso(900) }), ConflictError);
    expect(overlap.code).toBe("timeOverlap");
    // Touching ends do not overlap.
    await addManualEntry(tech.ctx, { recordId: record.id, startedAt: iso(600), stoppedAt: iso(900) });
    expect(await entriesOf(a, record.id)).toHaveLength(2);
  });

  it("Edit corrects anyone's entry with before/after in the activity; totals follow", async () => {
    const tech = await addMember(a, "contribute");
    const editor = await addMember(a, "edit");
    const record = await newRecord(a, customerA);
    await startTimer(tech.ctx, { recordId: record.id }, { now: at(0) });
    const stopped = await stopTimer(tech.ctx, {}, { now: at(600) });

    expect(await caught(correctEntry(tech.ctx, { id: stopped.id, startedAt: iso(0), stoppedAt: iso(1200) }), ForbiddenError)).toBeTruthy();
    await correctEntry(editor.ctx, { id: stopped.id, startedAt: iso(-300), stoppedAt: iso(1200) });

    expect((await getRecordTotals(a.ctx, { recordId: record.id })).totalSeconds).toBe(1500);
    const [corrected] = await activitiesOf(a, record.id, "service.timeCorrected");
    expect(corrected).toMatchObject({
      actorId: editor.userId,
      summary: `#${record.number} 0:25:00`,
      changes: { startedAt: { from: iso(0), to: iso(-300) }, stoppedAt: { from: iso(600), to: iso(1200) } },
    });
  });

  it("a stopped entry cannot be made to run again; a running one can be stopped by correction", async () => {
    const tech = await addMember(a, "contribute");
    const editor = await addMember(a, "edit");
    const record = await newRecord(a, customerA);
    const { entryId } = await startTimer(tech.ctx, { recordId: record.id }, { now: at(0) });
    await correctEntry(editor.ctx, { id: entryId, startedAt: iso(-60), stoppedAt: null });
    expect(await running(a, tech.userId)).toEqual([expect.objectContaining({ startedAt: at(-60) })]);
    await correctEntry(editor.ctx, { id: entryId, startedAt: iso(-60), stoppedAt: iso(60) });
    expect(await running(a, tech.userId)).toEqual([]);
    const error = await caught(correctEntry(editor.ctx, { id: entryId, startedAt: iso(-60), stoppedAt: null }), ValidationError);
    expect(error.fieldErrors).toEqual({ stoppedAt: "required" });
  });

  it("Edit removes an entry, keeping its span in the activity; Contribute cannot", async () => {
    const tech = await addMember(a, "contribute");
    const editor = await addMember(a, "edit");
    const record = await newRecord(a, customerA);
    const { id } = await addManualEntry(tech.ctx, { recordId: record.id, startedAt: iso(0), stoppedAt: iso(90) });
    await caught(removeEntry(tech.ctx, { id }), ForbiddenError);
    await removeEntry(editor.ctx, { id });
    expect(await entriesOf(a, record.id)).toEqual([]);
    const [removed] = await activitiesOf(a, record.id, "service.timeCorrected");
    expect(removed).toMatchObject({ summary: `#${record.number} −0:01:30`, changes: { startedAt: { from: iso(0), to: null } } });
  });

  it("time on a closed record is final", async () => {
    const tech = await addMember(a, "contribute");
    const record = await newRecord(a, customerA);
    const { id } = await addManualEntry(tech.ctx, { recordId: record.id, startedAt: iso(0), stoppedAt: iso(90) });
    await setStatus(a, record.id, "closed");
    expect((await caught(correctEntry(a.ctx, { id, startedAt: iso(0), stoppedAt: iso(60) }), ConflictError)).code).toBe("recordNotOpen");
    expect((await caught(removeEntry(a.ctx, { id }), ConflictError)).code).toBe("recordNotOpen");
    expect(await entriesOf(a, record.id)).toHaveLength(1);
  });
});

describe("permission boundaries", () => {
  it("View sees totals but cannot log; Contribute logs only their own", async () => {
    const viewer = await addMember(a, "view");
    const record = await newRecord(a, customerA);
    await caught(startTimer(viewer.ctx, { recordId: record.id }), ForbiddenError);
    await caught(stopTimer(viewer.ctx, {}), ForbiddenError);
    await caught(addManualEntry(viewer.ctx, { recordId: record.id, startedAt: iso(0), stoppedAt: iso(60) }), ForbiddenError);
    await caught(checkIn(viewer.ctx, { recordId: record.id }), ForbiddenError);
    await caught(startSupportEntry(viewer.ctx, { customerId: customerA, subject: "x" }), ForbiddenError);
    expect(await entriesOf(a, record.id)).toEqual([]);
    expect(await getRecordTotals(viewer.ctx, { recordId: record.id })).toEqual({ totalSeconds: 0, users: [] });
    expect((await getRecordTimer(viewer.ctx, { recordId: record.id })).canLog).toBe(false);

    const none = await addMember(a, "none");
    await caught(getRecordTotals(none.ctx, { recordId: record.id }), ForbiddenError);
    await caught(getRunningTimer(none.ctx), ForbiddenError);
  });
});

describe("cross-org isolation", () => {
  it("another org's record and entry ids are not found, and nothing changes", async () => {
    const techB = await addMember(b, "edit");
    const record = await newRecord(a, customerA);
    const tech = await addMember(a, "contribute");
    const { id } = await addManualEntry(tech.ctx, { recordId: record.id, startedAt: iso(0), stoppedAt: iso(60) });
    await assign(a, record.id, techB.userId);

    await caught(startTimer(techB.ctx, { recordId: record.id }), NotFoundError);
    await caught(addManualEntry(techB.ctx, { recordId: record.id, startedAt: iso(100), stoppedAt: iso(160) }), NotFoundError);
    await caught(correctEntry(techB.ctx, { id, startedAt: iso(0), stoppedAt: iso(6000) }), NotFoundError);
    await caught(removeEntry(techB.ctx, { id }), NotFoundError);
    await caught(checkIn(techB.ctx, { recordId: record.id }), NotFoundError);
    await caught(getRecordTotals(techB.ctx, { recordId: record.id }), NotFoundError);
    await caught(listRecordEntries(techB.ctx, { recordId: record.id }), NotFoundError);
    await caught(getSupportCustomer(techB.ctx, { customerId: customerA }, "en"), NotFoundError);

    expect(await entriesOf(a, record.id)).toEqual([expect.objectContaining({ id, stoppedAt: at(60) })]);
    expect(await running(b, techB.userId)).toEqual([]);
    expect(await getRunningTimer(techB.ctx)).toBeNull();
  });

  it("a running timer in one org does not stop when the same person starts one in another", async () => {
    const tech = await addMember(a, "contribute");
    await db.execute(sql`insert into memberships (org_id, user_id, role, level) values (${b.orgId}, ${tech.userId}, 'member', 'contribute')`);
    const { loadOrgContext } = await import("@/lib/orgs/load-org-context");
    const inB = await loadOrgContext(tech.userId, b.orgSlug);
    const recordA = await newRecord(a, customerA);
    const recordB = await newRecord(b, customerB);
    await startTimer(tech.ctx, { recordId: recordA.id });
    await startTimer(inB, { recordId: recordB.id });
    expect(await running(a, tech.userId)).toHaveLength(1);
    expect(await running(b, tech.userId)).toHaveLength(1);
  });
});

describe("check-in and check-out", () => {
  it("only an assignee, check-in first, each once", async () => {
    const tech = await addMember(a, "contribute");
    const other = await addMember(a, "contribute");
    const refused = await addMember(a, "contribute");
    const record = await newRecord(a, customerA);
    await assign(a, record.id, tech.userId, "pending");
    await assign(a, record.id, refused.userId, "rejected");

    expect((await caught(checkIn(other.ctx, { recordId: record.id }), ConflictError)).code).toBe("notAssignee");
    expect((await caught(checkIn(refused.ctx, { recordId: record.id }), ConflictError)).code).toBe("notAssignee");
    expect((await caught(checkOut(tech.ctx, { recordId: record.id }), ConflictError)).code).toBe("notCheckedIn");

    expect(await checkIn(tech.ctx, { recordId: record.id }, { now: at(0.7) })).toEqual({ recordId: record.id, checkInAt: iso(0), checkOutAt: null });
    expect((await caught(checkIn(tech.ctx, { recordId: record.id }), ConflictError)).code).toBe("alreadyCheckedIn");
    expect(await checkOut(tech.ctx, { recordId: record.id }, { now: at(5400) })).toEqual({
      recordId: record.id,
      checkInAt: iso(0),
      checkOutAt: iso(5400),
    });
    expect((await caught(checkOut(tech.ctx, { recordId: record.id }), ConflictError)).code).toBe("alreadyCheckedOut");

    const [row] = await db
      .select()
      .from(serviceAssignments)
      .where(and(eq(serviceAssignments.recordId, record.id), eq(serviceAssignments.userId, tech.userId)));
    expect(row).toMatchObject({ checkInAt: at(0), checkOutAt: at(5400) });
    const timer = await getRecordTimer(tech.ctx, { recordId: record.id });
    expect(timer).toMatchObject({ isAssignee: true, checkInAt: iso(0), checkOutAt: iso(5400) });
  });

  it("no check-in on a record that is no longer open", async () => {
    const tech = await addMember(a, "contribute");
    const record = await newRecord(a, customerA);
    await assign(a, record.id, tech.userId);
    await setStatus(a, record.id, "cancelled");
    expect((await caught(checkIn(tech.ctx, { recordId: record.id }), ConflictError)).code).toBe("recordNotOpen");
  });
});

describe("quick support entry", () => {
  it("choosing the customer opens a draft with the clock running; saving stops it and files the fields", async () => {
    const operator = await addMember(a, "contribute");
    const earlier = await newRecord(a, customerA, "Earlier call");
    await addManualEntry(a.ctx, { recordId: earlier.id, startedAt: iso(-7200), stoppedAt: iso(-6000) });

    const started = await startSupportEntry(operator.ctx, { customerId: customerA, subject: "Support – Işık Güvenlik" }, { now: at(0) });
    expect(await getRunningTimer(operator.ctx)).toMatchObject({ recordId: started.recordId, startedAt: iso(0) });
    const [draft] = await db.select().from(serviceRecords).where(eq(serviceRecords.id, started.recordId));
    expect(draft).toMatchObject({
      status: "in_progress",
      subject: "Support – Işık Güvenlik",
      createdById: operator.userId,
      version: started.version,
    });

    const customer = await getSupportCustomer(operator.ctx, { customerId: customerA }, "en");
    expect(customer.name).toBe("Işık Güvenlik A.Ş.");
    expect(customer.records.find((r) => r.id === earlier.id)).toMatchObject({ number: earlier.number, seconds: 1200 });

    const saved = await saveSupportEntry(
      operator.ctx,
      {
        id: started.recordId,
        version: started.version,
        customerId: customerA,
        subject: "Printer does not print",
        result: "Reinstalled the driver remotely",
        status: "in_progress",
      },
      { now: at(754.5) },
    );
    expect(saved).toMatchObject({ status: "in_progress", stoppedAt: iso(754) });
    expect(await getRunningTimer(operator.ctx)).toBeNull();
    const [filed] = await db.select().from(serviceRecords).where(eq(serviceRecords.id, started.recordId));
    expect(filed).toMatchObject({ subject: "Printer does not print", result: "Reinstalled the driver remotely", version: saved.version });
    const [updated] = await activitiesOf(a, started.recordId, "service.updated");
    expect(updated!.changes).toMatchObject({ subject: { from: "Support – Işık Güvenlik", to: "Printer does not print" } });
    expect((await getRecordTotals(a.ctx, { recordId: started.recordId })).totalSeconds).toBe(754);
  });

  it("a Contribute operator may save only their own open draft, over the version they loaded", async () => {
    const operator = await addMember(a, "contribute");
    const colleague = await addMember(a, "contribute");
    const started = await startSupportEntry(operator.ctx, { customerId: customerA, subject: "Call" });
    const values = { id: started.recordId, version: started.version, customerId: customerA, subject: "Call", status: "cancelled" };
    await caught(saveSupportEntry(colleague.ctx, values), ForbiddenError);
    expect((await caught(saveSupportEntry(operator.ctx, { ...values, version: started.version - 1 }), ConflictError)).code).toBe("staleVersion");
    const saved = await saveSupportEntry(operator.ctx, values);
    expect(saved.status).toBe("cancelled");
    expect((await caught(saveSupportEntry(operator.ctx, { ...values, version: saved.version }), ConflictError)).code).toBe("recordNotOpen");
  });

  it("refuses another org's customer and contact", async () => {
    const operator = await addMember(a, "contribute");
    await caught(startSupportEntry(operator.ctx, { customerId: customerB, subject: "Call" }), ValidationError);
    const started = await startSupportEntry(operator.ctx, { customerId: customerA, subject: "Call" });
    const error = await caught(
      saveSupportEntry(operator.ctx, {
        id: started.recordId,
        version: started.version,
        customerId: customerB,
        subject: "Call",
        status: "in_progress",
      }),
      ValidationError,
    );
    expect(error.fieldErrors).toEqual({ customerId: "invalid" });
  });
});
