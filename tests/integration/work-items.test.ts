import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, appointments, meetingNotes, memberProfiles, reminders, serviceRecords, workItems } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { createCustomer } from "@/lib/customers/create-customer";
import { getCustomer } from "@/lib/customers/get-customer";
import { removeCustomer } from "@/lib/customers/remove-customer";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { changeWorkItemStatus } from "@/lib/work-items/change-work-item-status";
import { countWorkItems } from "@/lib/work-items/count-work-items";
import { createWorkItem } from "@/lib/work-items/create-work-item";
import { deleteWorkItem } from "@/lib/work-items/delete-work-item";
import { getWorkItem } from "@/lib/work-items/get-work-item";
import { listCustomerLatestWork } from "@/lib/work-items/list-customer-latest-work";
import { listCustomerWork } from "@/lib/work-items/list-customer-work";
import { listWorkItems } from "@/lib/work-items/list-work-items";
import { updateWorkItem } from "@/lib/work-items/update-work-item";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 13 items 1–2 (SPEC W1, C4, C5): tasks and issues through their verbs against the real
// database, the customer page's Overdue / Pending / Completed at its boundaries, and a customer's
// deletion leaving its work behind.

type Org = Awaited<ReturnType<typeof createOrg>>;
type Ctx = Org["ctx"];
let org: Org;
let other: Org;

const NOW = new Date("2026-12-01T09:00:00.000Z");
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

async function customer(ctx: Ctx, name: string, extra: Record<string, unknown> = {}) {
  return (await createCustomer(ctx, { name, type: "customer", status: "first_contact", contact: { name: `${name} Kişi` }, ...extra })).id;
}

async function task(ctx: Ctx, extra: Record<string, unknown> = {}) {
  return (await createWorkItem(ctx, { kind: "task", title: "Teklif hazırla", ...extra })).id;
}

async function versionOf(id: string) {
  return (await db.select({ v: workItems.version }).from(workItems).where(eq(workItems.id, id)))[0]!.v;
}

const titles = (entries: { title: string }[]) => entries.map((e) => e.title);

beforeAll(async () => {
  org = await createOrg("Work Istanbul");
  other = await createOrg("Work Other");
});
afterEach(() => setClock(null));
afterAll(closeConnections);

describe("the customer page's groups (SPEC C4)", () => {
  it("puts due now in Pending, due a minute ago in Overdue, and done late in Completed, marked late", async () => {
    const ctx = org.ctx;
    const customerId = await customer(ctx, "Gruplama Ltd");
    setClock(minutes(-180));
    await task(ctx, { title: "Due now", customerId, dueAt: NOW.toISOString() });
    await task(ctx, { title: "Due a minute ago", customerId, dueAt: minutes(-1).toISOString() });
    await createWorkItem(ctx, { kind: "issue", title: "Undated issue", customerId });
    const late = await task(ctx, { title: "Done late", customerId, dueAt: minutes(-120).toISOString() });
    const early = await task(ctx, { title: "Done early, due long ago now", customerId, dueAt: minutes(-90).toISOString() });
    await changeWorkItemStatus(ctx, { id: early, version: 1, status: "done" });
    setClock(minutes(-60));
    await changeWorkItemStatus(ctx, { id: late, version: 1, status: "done" });
    // An event that ended exactly now is over; one ending in a minute is still ahead.
    await db.insert(appointments).values([
      { orgId: org.orgId, title: "Ended now", customerId, startsAt: minutes(-60), endsAt: NOW, createdById: ctx.actor.userId },
      { orgId: org.orgId, title: "Ends in a minute", customerId, startsAt: minutes(-60), endsAt: minutes(1), createdById: ctx.actor.userId },
    ]);
    const { id: typeId } = await addPicklistItem(ctx, { list: "service_type", labels: { en: "Repair", tr: "Onarım", ro: "Reparație" } });
    const contactId = (await getCustomer(ctx, { id: customerId })).contacts[0]!.id;
    const record = (subject: string, plannedEnd: Date) =>
      createServiceRecord(ctx, {
        customerId,
        contactId,
        serviceTypeId: typeId,
        requestDate: "2026-11-30",
        subjectKind: "text",
        subject,
        plannedStart: minutes(-240).toISOString(),
        plannedEnd: plannedEnd.toISOString(),
      });
    await record("Planned to end a minute ago", minutes(-1));
    await record("Planned to end in an hour", minutes(60));

    setClock(NOW);
    const work = await listCustomerWork(ctx, { customerId });
    expect(titles(work.overdue.entries)).toEqual(["Due a minute ago", "Planned to end a minute ago"]);
    expect(titles(work.pending.entries).sort()).toEqual(["Due now", "Ends in a minute", "Planned to end in an hour", "Undated issue"]);
    expect(titles(work.completed.entries).sort()).toEqual(["Done early, due long ago now", "Done late", "Ended now"]);
    expect(work.completed.entries.find((e) => e.title === "Done late")).toMatchObject({ late: true });
    expect(work.completed.entries.find((e) => e.title === "Done early, due long ago now")).toMatchObject({ late: false });

    // A minute later the task due "now" is overdue too.
    setClock(minutes(1));
    expect(titles((await listCustomerWork(ctx, { customerId })).overdue.entries)).toContain("Due now");
  });

  it("moves an item between groups as its status changes, and completedAt follows", async () => {
    const ctx = org.ctx;
    const customerId = await customer(ctx, "Durum Ltd");
    setClock(NOW);
    const id = await task(ctx, { title: "Yesterday's", customerId, dueAt: minutes(-24 * 60).toISOString() });
    expect(titles((await listCustomerWork(ctx, { customerId })).overdue.entries)).toEqual(["Yesterday's"]);
    await changeWorkItemStatus(ctx, { id, version: 1, status: "done" });
    expect((await getWorkItem(ctx, { id })).completedAt).toEqual(NOW);
    const work = await listCustomerWork(ctx, { customerId });
    expect(work.overdue.entries).toEqual([]);
    expect(titles(work.completed.entries)).toEqual(["Yesterday's"]);
    await changeWorkItemStatus(ctx, { id, version: 2, status: "open" });
    expect((await getWorkItem(ctx, { id })).completedAt).toBeNull();
    expect(titles((await listCustomerWork(ctx, { customerId })).overdue.entries)).toEqual(["Yesterday's"]);
    // Every change is in the customer's feed.
    const feed = await db
      .select({ kind: activities.kind })
      .from(activities)
      .where(and(eq(activities.orgId, org.orgId), eq(activities.customerId, customerId), eq(activities.entityId, id)))
      .orderBy(activities.createdAt, activities.id);
    expect(feed.map((r) => r.kind)).toEqual(["task.created", "task.statusChanged", "task.statusChanged"]);
  });

  it("limits each group and says there are more", async () => {
    const ctx = org.ctx;
    const customerId = await customer(ctx, "Çok İş Ltd");
    setClock(NOW);
    for (let i = 0; i < 12; i++) await task(ctx, { title: `Late ${i}`, customerId, dueAt: minutes(-10 - i).toISOString() });
    const work = await listCustomerWork(ctx, { customerId });
    expect(work.overdue.entries).toHaveLength(10);
    expect(work.overdue.more).toBe(true);
    // Oldest first: the most overdue leads.
    expect(work.overdue.entries[0]!.title).toBe("Late 11");
    expect(work.pending.more).toBe(false);
  });
});

describe("tasks and issues (SPEC W1)", () => {
  it("lists with filters: kind, mine, overdue, customer, search; sorted by due with undated last", async () => {
    const fresh = await createOrg("Work Lists");
    const ctx = fresh.ctx;
    const colleague = await addMember(fresh, "edit");
    const customerId = await customer(ctx, "Liste Ltd");
    setClock(NOW);
    await task(ctx, { title: "Kargo takibi", dueAt: minutes(30).toISOString(), assigneeId: ctx.actor.userId });
    await task(ctx, { title: "Fatura kontrol", dueAt: minutes(-30).toISOString(), assigneeId: colleague.userId, customerId });
    await createWorkItem(ctx, { kind: "issue", title: "Yazıcı arızası", assigneeId: ctx.actor.userId });
    const titlesOf = async (query: Record<string, string>) => (await listWorkItems(ctx, query)).rows.map((r) => r.title);
    expect(await titlesOf({})).toEqual(["Fatura kontrol", "Kargo takibi", "Yazıcı arızası"]);
    expect(await titlesOf({ kind: "issue" })).toEqual(["Yazıcı arızası"]);
    expect(await titlesOf({ mine: "1" })).toEqual(["Kargo takibi", "Yazıcı arızası"]);
    expect(await titlesOf({ overdue: "1" })).toEqual(["Fatura kontrol"]);
    expect(await titlesOf({ customer: customerId })).toEqual(["Fatura kontrol"]);
    expect(await titlesOf({ assignee: colleague.userId })).toEqual(["Fatura kontrol"]);
    expect(await titlesOf({ q: "kargo" })).toEqual(["Kargo takibi"]);
    expect(await countWorkItems(ctx, { mine: "1" })).toBe(2);
    const latest = await listCustomerLatestWork(ctx, { customerId });
    expect(latest.map((r) => r.title)).toEqual(["Fatura kontrol"]);
  });

  it("saves over the loaded version only, and refuses an assignee or customer from elsewhere", async () => {
    const ctx = org.ctx;
    const id = await task(ctx);
    await updateWorkItem(ctx, { id, version: 1, kind: "task", title: "Renamed" });
    expect(await caught(updateWorkItem(ctx, { id, version: 1, kind: "task", title: "Stale" }), ConflictError)).toMatchObject({
      code: "staleVersion",
    });
    const foreignCustomer = await customer(other.ctx, "Başka Org Ltd");
    expect((await caught(createWorkItem(ctx, { kind: "task", title: "x", customerId: foreignCustomer }), ValidationError)).fieldErrors).toEqual({
      customerId: "invalid",
    });
    expect((await caught(createWorkItem(ctx, { kind: "task", title: "x", assigneeId: other.userId }), ValidationError)).fieldErrors).toEqual({
      assigneeId: "invalid",
    });
  });

  it("keeps other orgs' items out of sight and out of reach", async () => {
    const id = await task(org.ctx, { title: "Bizim" });
    await caught(getWorkItem(other.ctx, { id }), NotFoundError);
    await caught(changeWorkItemStatus(other.ctx, { id, version: 1, status: "done" }), NotFoundError);
    await caught(updateWorkItem(other.ctx, { id, version: 1, kind: "task", title: "Theirs" }), NotFoundError);
    await caught(deleteWorkItem(other.ctx, { id }), NotFoundError);
    expect((await listWorkItems(other.ctx, {})).rows.map((r) => r.id)).not.toContain(id);
    expect(await versionOf(id)).toBe(1);
  });

  it("levels: View reads only; Contribute creates and completes its own, not others' fields; Manage deletes", async () => {
    const viewer = await addMember(org, "view");
    const contributor = await addMember(org, "contribute");
    const editor = await addMember(org, "edit");
    const manager = await addMember(org, "manage");
    const admins = await task(org.ctx, { title: "Admin's" });
    await caught(createWorkItem(viewer.ctx, { kind: "task", title: "No" }), ForbiddenError);
    await caught(changeWorkItemStatus(viewer.ctx, { id: admins, version: 1, status: "done" }), ForbiddenError);
    expect((await getWorkItem(viewer.ctx, { id: admins })).title).toBe("Admin's");

    const own = await task(contributor.ctx, { title: "Mine" });
    await changeWorkItemStatus(contributor.ctx, { id: own, version: 1, status: "done" });
    await updateWorkItem(contributor.ctx, { id: own, version: 2, kind: "task", title: "Mine, renamed" });
    await caught(updateWorkItem(contributor.ctx, { id: admins, version: 1, kind: "task", title: "Taken over" }), ForbiddenError);
    await caught(changeWorkItemStatus(contributor.ctx, { id: admins, version: 1, status: "done" }), ForbiddenError);
    // Assigned to them, they may move it, still not rewrite it.
    const assigned = await task(org.ctx, { title: "For the contributor", assigneeId: contributor.userId });
    await changeWorkItemStatus(contributor.ctx, { id: assigned, version: 1, status: "in_progress" });
    await caught(updateWorkItem(contributor.ctx, { id: assigned, version: 2, kind: "task", title: "x" }), ForbiddenError);
    await caught(deleteWorkItem(contributor.ctx, { id: own }), ForbiddenError);

    await updateWorkItem(editor.ctx, { id: admins, version: 1, kind: "issue", title: "Admin's, as an issue" });
    await changeWorkItemStatus(editor.ctx, { id: admins, version: 2, status: "cancelled" });
    await caught(deleteWorkItem(editor.ctx, { id: admins }), ForbiddenError);

    await deleteWorkItem(manager.ctx, { id: admins });
    await caught(getWorkItem(org.ctx, { id: admins }), NotFoundError);
    const deleted = await db
      .select({ kind: activities.kind })
      .from(activities)
      .where(and(eq(activities.orgId, org.orgId), eq(activities.entityId, admins)));
    expect(deleted.map((r) => r.kind)).toContain("issue.deleted");
  });

  it("scopes: a responsible-scope member sees what they created or are assigned and their customers' items, nothing else", async () => {
    const fresh = await createOrg("Work Scopes");
    const admin = fresh.ctx;
    const employee = await addMember(fresh, "manage");
    await db.insert(memberProfiles).values({ orgId: fresh.orgId, userId: employee.userId, position: "employee" });
    const scoped = await loadOrgContext(employee.userId, fresh.orgSlug);
    const theirCustomer = await customer(admin, "Onun Müşterisi", { salesRepId: employee.userId });
    const otherCustomer = await customer(admin, "Başkasının Müşterisi");
    const created = await task(scoped, { title: "Created by them" });
    const assigned = await task(admin, { title: "Assigned to them", assigneeId: employee.userId, customerId: otherCustomer });
    const ofTheirCustomer = await task(admin, { title: "Of their customer", customerId: theirCustomer });
    const hidden = await task(admin, { title: "Someone else's", customerId: otherCustomer });

    expect((await listWorkItems(scoped, {})).rows.map((r) => r.title).sort()).toEqual(["Assigned to them", "Created by them", "Of their customer"]);
    for (const id of [created, assigned, ofTheirCustomer]) await getWorkItem(scoped, { id });
    await caught(getWorkItem(scoped, { id: hidden }), NotFoundError);
    await caught(changeWorkItemStatus(scoped, { id: hidden, version: 1, status: "done" }), NotFoundError);
    // The assigned item's customer is not theirs: the item shows, the customer stays unnamed.
    expect((await getWorkItem(scoped, { id: assigned })).customer).toBeNull();
    expect(await countWorkItems(scoped, {})).toBe(3);
  });
});

describe("deleting a customer (SPEC C5)", () => {
  it("keeps its tasks, issues, appointments, meeting notes and reminders, without the customer", async () => {
    const ctx = org.ctx;
    const customerId = await customer(ctx, "Silinecek Ltd");
    const taskId = await task(ctx, { customerId });
    // Someone else's item on this customer, which the deleting admin sees anyway; the rows must all go free.
    const [appointment] = await db
      .insert(appointments)
      .values({ orgId: org.orgId, title: "Ziyaret", customerId, startsAt: minutes(0), endsAt: minutes(60) })
      .returning({ id: appointments.id });
    const [note] = await db
      .insert(meetingNotes)
      .values({ orgId: org.orgId, customerId, metAt: minutes(0), outcome: "informational" })
      .returning({ id: meetingNotes.id });
    const [reminder] = await db
      .insert(reminders)
      .values({ orgId: org.orgId, customerId, dueAt: minutes(60), body: "Ara" })
      .returning({ id: reminders.id });
    await removeCustomer(ctx, { id: customerId });
    const [w] = await db.select({ c: workItems.customerId }).from(workItems).where(eq(workItems.id, taskId));
    const [a] = await db.select({ c: appointments.customerId }).from(appointments).where(eq(appointments.id, appointment!.id));
    const [m] = await db.select({ c: meetingNotes.customerId }).from(meetingNotes).where(eq(meetingNotes.id, note!.id));
    const [r] = await db.select({ c: reminders.customerId }).from(reminders).where(eq(reminders.id, reminder!.id));
    expect([w, a, m, r]).toEqual([{ c: null }, { c: null }, { c: null }, { c: null }]);
    expect((await getWorkItem(ctx, { id: taskId })).customer).toBeNull();
  });

  it("frees rows the deleting member cannot see too", async () => {
    const fresh = await createOrg("Work Delete Scoped");
    const employee = await addMember(fresh, "manage");
    await db.insert(memberProfiles).values({ orgId: fresh.orgId, userId: employee.userId, position: "employee" });
    const scoped = await loadOrgContext(employee.userId, fresh.orgSlug);
    const customerId = await customer(fresh.ctx, "Onun Ltd", { salesRepId: employee.userId });
    // The admin's own reminder on this customer is outside the employee's sight (reminders are their recipients' and creator's).
    const [reminder] = await db
      .insert(reminders)
      .values({ orgId: fresh.orgId, customerId, dueAt: minutes(60), body: "Gizli", createdById: fresh.userId })
      .returning({ id: reminders.id });
    const taskId = await task(fresh.ctx, { customerId });
    await removeCustomer(scoped, { id: customerId });
    expect((await db.select({ c: reminders.customerId }).from(reminders).where(eq(reminders.id, reminder!.id)))[0]).toEqual({ c: null });
    expect((await db.select({ c: workItems.customerId }).from(workItems).where(eq(workItems.id, taskId)))[0]).toEqual({ c: null });
    expect(await db.select({ id: serviceRecords.id }).from(serviceRecords).where(eq(serviceRecords.customerId, customerId))).toEqual([]);
  });
});
