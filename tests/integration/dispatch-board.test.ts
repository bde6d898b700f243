import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, customerTechnicians, memberProfiles, serviceAssignments, serviceRecords } from "@/db/schema";
import { instantAt, parseCivilDate } from "@/lib/calendars/civil-date";
import { createCustomer } from "@/lib/customers/create-customer";
import { loadDispatchBoard } from "@/lib/dispatch/load-board";
import { planRecord } from "@/lib/dispatch/plan-record";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections, emailsTo } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;
type Member = Awaited<ReturnType<typeof addMember>>;
let a: Org;
let b: Org;
let tech1: Member;
let tech2: Member;
let viewer: Member;
const MONDAY = "2027-03-01";

/** An instant on a day of the board's week at a wall time of the org's zone (seeded calendar: Mon–Fri 09:00–18:00). */
function at(date: string, hhmm: string) {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return new Date(instantAt(parseCivilDate(date), h * 60 + m, a.ctx.org.timeZone)).toISOString();
}

async function newRecord(subject: string, options: { customerId?: string } = {}) {
  const customerId =
    options.customerId ??
    (
      await createCustomer(a.ctx, {
        type: "customer",
        status: "first_contact",
        name: `Customer ${randomUUID().slice(0, 6)}`,
        contact: { name: "Ayşe Demir" },
      })
    ).id;
  const record = await createServiceRecord(a.ctx, { customerId, requestDate: "2027-02-26", subject });
  const [row] = await db.select().from(serviceRecords).where(eq(serviceRecords.id, record.id));
  return row!;
}

async function reload(id: string) {
  const [row] = await db.select().from(serviceRecords).where(eq(serviceRecords.id, id));
  const people = await db.select({ userId: serviceAssignments.userId }).from(serviceAssignments).where(eq(serviceAssignments.recordId, id));
  return { ...row!, assignees: people.map((p) => p.userId).sort() };
}

async function assignmentEmails(to: string, number: number) {
  return (await emailsTo(to)).filter((e) => e.kind === "serviceAssignment" && e.subject.includes(`#${number}`));
}

beforeAll(async () => {
  a = await createOrg("Dispatch Org");
  b = await createOrg("Other Dispatch Org");
  tech1 = await addMember(a, "contribute");
  tech2 = await addMember(a, "contribute");
  viewer = await addMember(a, "view");
  await db.insert(memberProfiles).values([
    { orgId: a.orgId, userId: tech1.userId, technician: true },
    { orgId: a.orgId, userId: tech2.userId, technician: true },
  ]);
});

afterAll(closeConnections);

describe("planning a record on the dispatch board", () => {
  it("plans and assigns: the window, the assignee, the status, one e-mail, the activity row", async () => {
    const record = await newRecord("Boiler service");
    const answer = await planRecord(a.ctx, { recordId: record.id, version: record.version, userId: tech1.userId, startsAt: at(MONDAY, "10:00") });
    expect(answer.status).toBe("planned");
    const after = await reload(record.id);
    expect(after.plannedStart?.toISOString()).toBe(at(MONDAY, "10:00"));
    expect(after.plannedEnd?.toISOString()).toBe(at(MONDAY, "11:00"));
    expect(after.assignees).toEqual([tech1.userId]);
    expect(after.status).toBe("assigned");
    expect(await assignmentEmails(tech1.email, record.number)).toHaveLength(1);
    const rows = await db
      .select()
      .from(activities)
      .where(and(eq(activities.entityId, record.id), eq(activities.kind, "service.planned")));
    expect(rows).toHaveLength(1);
  });

  it("warns when the technician is booked — a touching slot does not, a minute's overlap does — and saves only when acknowledged", async () => {
    const first = await newRecord("First visit");
    await planRecord(a.ctx, { recordId: first.id, version: first.version, userId: tech2.userId, startsAt: at("2027-03-02", "10:00") });
    const touching = await newRecord("Touching visit");
    const ok = await planRecord(a.ctx, {
      recordId: touching.id,
      version: touching.version,
      userId: tech2.userId,
      startsAt: at("2027-03-02", "11:00"),
    });
    expect(ok.status).toBe("planned");

    const overlapping = await newRecord("Overlapping visit");
    const input = { recordId: overlapping.id, version: overlapping.version, userId: tech2.userId, startsAt: at("2027-03-02", "09:01") };
    const held = await planRecord(a.ctx, input);
    expect(held.status).toBe("warnings");
    if (held.status !== "warnings") return;
    expect(held.warnings.clashes.map((c) => c.number)).toEqual([first.number]);
    expect(held.warnings.clashes[0]!.title).toBe("First visit");
    expect(held.warnings).toMatchObject({ outsideHours: false, notAuthorised: false, afterSla: null });
    const unsaved = await reload(overlapping.id);
    expect(unsaved.plannedStart).toBeNull();
    expect(unsaved.assignees).toEqual([]);
    expect(await assignmentEmails(tech2.email, overlapping.number)).toHaveLength(0);

    expect((await planRecord(a.ctx, { ...input, acknowledge: true })).status).toBe("planned");
    expect((await reload(overlapping.id)).assignees).toEqual([tech2.userId]);
    expect(await assignmentEmails(tech2.email, overlapping.number)).toHaveLength(1);
  });

  it("warns outside working hours, for a technician the customer has not authorised, and past the SLA deadline", async () => {
    const early = await newRecord("Early visit");
    const outside = await planRecord(a.ctx, {
      recordId: early.id,
      version: early.version,
      userId: tech1.userId,
      startsAt: at("2027-03-03", "17:30"),
    });
    expect(outside).toMatchObject({ status: "warnings", warnings: { outsideHours: true, notAuthorised: false, afterSla: null, clashes: [] } });

    const customer = await createCustomer(a.ctx, {
      type: "customer",
      status: "first_contact",
      name: "Authorised Ltd",
      contact: { name: "Can Yılmaz" },
    });
    await db.insert(customerTechnicians).values({ orgId: a.orgId, customerId: customer.id, userId: tech2.userId });
    const guarded = await newRecord("Authorised only", { customerId: customer.id });
    const stranger = await planRecord(a.ctx, {
      recordId: guarded.id,
      version: guarded.version,
      userId: tech1.userId,
      startsAt: at("2027-03-03", "10:00"),
    });
    expect(stranger).toMatchObject({ status: "warnings", warnings: { notAuthorised: true, outsideHours: false } });
    const allowed = await planRecord(a.ctx, {
      recordId: guarded.id,
      version: guarded.version,
      userId: tech2.userId,
      startsAt: at("2027-03-03", "14:00"),
    });
    expect(allowed.status).toBe("planned");

    const urgent = await newRecord("Urgent visit");
    // The SLA cache as a running clock leaves it (lib/sla/recompute-sla-cache.ts); the board reads only these columns.
    await db
      .update(serviceRecords)
      .set({ slaState: "running", slaDueAt: new Date(at("2027-03-04", "10:30")) })
      .where(eq(serviceRecords.id, urgent.id));
    const late = await planRecord(a.ctx, { recordId: urgent.id, version: urgent.version, userId: tech1.userId, startsAt: at("2027-03-04", "10:00") });
    expect(late).toMatchObject({ status: "warnings", warnings: { afterSla: at("2027-03-04", "10:30"), outsideHours: false } });
    const inTime = await planRecord(a.ctx, {
      recordId: urgent.id,
      version: urgent.version,
      userId: tech1.userId,
      startsAt: at("2027-03-04", "09:00"),
      minutes: 90,
    });
    expect(inTime.status).toBe("planned");
  });

  it("re-plans: another time and technician moves the window and hands the record over, keeping its length", async () => {
    const record = await newRecord("Moving visit");
    const first = await planRecord(a.ctx, {
      recordId: record.id,
      version: record.version,
      userId: tech1.userId,
      startsAt: at("2027-03-05", "09:00"),
      minutes: 120,
    });
    if (first.status !== "planned") throw new Error("not planned");
    const moved = await planRecord(a.ctx, {
      recordId: record.id,
      version: first.value.version,
      userId: tech2.userId,
      fromUserId: tech1.userId,
      startsAt: at("2027-03-05", "13:00"),
    });
    expect(moved.status).toBe("planned");
    const after = await reload(record.id);
    expect(after.plannedStart?.toISOString()).toBe(at("2027-03-05", "13:00"));
    expect(after.plannedEnd?.toISOString()).toBe(at("2027-03-05", "15:00"));
    expect(after.assignees).toEqual([tech2.userId]);
    // A stale board (the version it loaded) is refused.
    const stale = await planRecord(a.ctx, {
      recordId: record.id,
      version: first.value.version,
      userId: tech1.userId,
      startsAt: at("2027-03-05", "09:00"),
    }).catch((e: Error) => e);
    expect(stale).toMatchObject({ code: "staleVersion" });
  });

  it("refuses View, and another org's record is not found", async () => {
    const record = await newRecord("Guarded visit");
    const input = { recordId: record.id, version: record.version, userId: tech1.userId, startsAt: at(MONDAY, "15:00") };
    await caught(planRecord(viewer.ctx, input), ForbiddenError);
    await caught(planRecord(b.ctx, { ...input, userId: b.userId }), NotFoundError);
    expect((await reload(record.id)).plannedStart).toBeNull();
  });
});

describe("the board's data for a week", () => {
  it("puts planned records in their technicians' rows and orders the unplanned lane by SLA deadline, none last", async () => {
    const soon = await newRecord("Due soon");
    const later = await newRecord("Due later");
    const none = await newRecord("No deadline");
    await db
      .update(serviceRecords)
      .set({ slaState: "running", slaDueAt: new Date("2027-03-10T12:00:00Z") })
      .where(eq(serviceRecords.id, later.id));
    await db
      .update(serviceRecords)
      .set({ slaState: "running", slaDueAt: new Date("2027-03-09T12:00:00Z") })
      .where(eq(serviceRecords.id, soon.id));
    const board = await loadDispatchBoard(a.ctx, { date: "2027-03-03", span: "week" }, "en");
    expect(board.range.days).toEqual(["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05", "2027-03-06", "2027-03-07"]);
    const lane = board.unplanned.map((c) => c.id);
    expect(lane.indexOf(soon.id)).toBeLessThan(lane.indexOf(later.id));
    expect(lane.indexOf(later.id)).toBeLessThan(lane.indexOf(none.id));
    expect(board.unplanned.filter((c) => c.sla === null).every((c) => lane.indexOf(c.id) > lane.indexOf(later.id))).toBe(true);
    expect(board.technicians.map((r) => r.userId).sort()).toEqual([tech1.userId, tech2.userId].sort());
    const boiler = board.planned.find((p) => p.subject === "Boiler service")!;
    expect(boiler).toMatchObject({ userId: tech1.userId, plannedStart: at(MONDAY, "10:00") });
    const moving = board.planned.filter((p) => p.subject === "Moving visit");
    expect(moving.map((p) => p.userId)).toEqual([tech2.userId]);
    expect(board.hours).toEqual({ startMinute: 9 * 60, endMinute: 18 * 60 });
    // Another week holds none of them.
    const next = await loadDispatchBoard(a.ctx, { date: "2027-03-08", span: "week" }, "en");
    expect(next.planned).toEqual([]);
  });

  it("shows a technician only what they may see", async () => {
    const technician = await loadOrgContext(tech2.userId, a.orgSlug);
    const board = await loadDispatchBoard(technician, { date: MONDAY, span: "week" }, "en");
    const subjects = new Set([...board.planned, ...board.unplanned].map((c) => c.subject));
    // tech2 is authorised for "Authorised Ltd" and holds records of their own; the rest stays hidden.
    expect(subjects.has("Authorised only")).toBe(true);
    expect(subjects.has("Boiler service")).toBe(false);
    expect(subjects.has("Due soon")).toBe(false);
  });
});
