import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, emailOutbox, memberProfiles, notifications, reminders } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { createCustomer } from "@/lib/customers/create-customer";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { SweepEnqueue } from "@/lib/jobs/define-job";
import { systemContext } from "@/lib/jobs/system-context";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { createReminder } from "@/lib/reminders/create-reminder";
import { deleteReminder } from "@/lib/reminders/delete-reminder";
import { dismissReminder } from "@/lib/reminders/dismiss-reminder";
import { getReminder } from "@/lib/reminders/get-reminder";
import { listDueReminders } from "@/lib/reminders/list-due-reminders";
import { listMyReminders } from "@/lib/reminders/list-my-reminders";
import { remindersSweep } from "@/lib/reminders/reminders-sweep";
import { updateReminder } from "@/lib/reminders/update-reminder";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 13 item 9 (SPEC W6): reminders through their verbs and their sweep against the real
// database — the day-before e-mail and the due notification exactly once, re-armed by a new due
// time, creator-only edits, per-recipient banners, isolation and scopes.

type Org = Awaited<ReturnType<typeof createOrg>>;
type Member = Awaited<ReturnType<typeof addMember>>;
let org: Org;
let other: Org;
let ayse: Member;
let mehmet: Member;
let manager: Member;

const DUE = new Date("2027-03-10T09:00:00.000Z");
const hours = (n: number) => new Date(DUE.getTime() + n * 3_600_000);

/** The sweep at `at`, every job it enqueues run at once — twice at the same moment when `concurrent` (two instances). */
async function sweep(at: Date, concurrent = false) {
  setClock(at);
  const enqueue: SweepEnqueue = async (job, orgId, data) => {
    await job.run(await systemContext(orgId, job.name), data);
  };
  await (concurrent ? Promise.all([remindersSweep.run(enqueue), remindersSweep.run(enqueue)]) : remindersSweep.run(enqueue));
}

/** The day-before e-mails and the due-time notifications of one reminder, per recipient address. */
async function sent(reminderId: string) {
  const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, "reminder"));
  const bell = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.entityId, reminderId), eq(notifications.kind, "reminder_due")));
  return { mails: mails.filter((m) => m.html.includes(reminderId)), bell };
}

async function versionOf(id: string) {
  return (await db.select({ v: reminders.version }).from(reminders).where(eq(reminders.id, id)))[0]!.v;
}

beforeAll(async () => {
  org = await createOrg("Reminders Istanbul");
  other = await createOrg("Reminders Other");
  ayse = await addMember(org, "contribute");
  mehmet = await addMember(org, "view");
  manager = await addMember(org, "manage", "admin");
});
afterEach(() => setClock(null));
afterAll(closeConnections);

describe("alerts (SPEC W6)", () => {
  it("sends the e-mail a day before and the notification at the due time, once each, however often and concurrently the sweep runs", async () => {
    setClock(hours(-72));
    const { id } = await createReminder(ayse.ctx, {
      body: "Kiraz Ltd'yi ara\nteklif bekliyorlar",
      dueAt: DUE.toISOString(),
      recipientIds: [ayse.userId, mehmet.userId],
    });

    await sweep(hours(-25), true); // not a day before yet
    expect((await sent(id)).mails).toHaveLength(0);

    await sweep(hours(-24), true);
    await sweep(hours(-23), true); // across the e-mail's instant twice
    let { mails, bell } = await sent(id);
    expect(mails.map((m) => m.to).sort()).toEqual([ayse.email, mehmet.email].sort());
    expect(mails[0]!.subject).toBe("Reminder for tomorrow, Mar 10, 2027 12:00 PM"); // the org's zone, Istanbul
    expect(mails[0]!.text).toContain("Kiraz Ltd'yi ara");
    expect(bell).toHaveLength(0);
    expect(await listDueReminders(mehmet.ctx)).toMatchObject({ due: [] });

    await sweep(hours(0), true);
    await sweep(hours(1), true); // across the due time twice
    ({ mails, bell } = await sent(id));
    expect(mails).toHaveLength(2);
    expect(bell.map((n) => n.userId).sort()).toEqual([ayse.userId, mehmet.userId].sort());
    expect(bell[0]!.params).toMatchObject({ subject: "Kiraz Ltd'yi ara", date: DUE.toISOString() });
    const [row] = await db.select().from(reminders).where(eq(reminders.id, id));
    expect(row!.nextAlertAt).toBeNull();
  });

  it("sends no e-mail for a reminder written less than a day before it is due, but still the notification", async () => {
    setClock(hours(-5));
    const { id } = await createReminder(ayse.ctx, { body: "Yarın değil, bugün", dueAt: DUE.toISOString(), recipientIds: [mehmet.userId] });
    await sweep(hours(-4));
    await sweep(hours(0), true);
    const { mails, bell } = await sent(id);
    expect(mails).toHaveLength(0);
    expect(bell.map((n) => n.userId)).toEqual([mehmet.userId]);
  });

  it("a new due time re-arms both alerts and brings a dismissed banner back; the old instant sends nothing more", async () => {
    setClock(hours(-48));
    const { id } = await createReminder(ayse.ctx, { body: "Sözleşmeyi yenile", dueAt: DUE.toISOString(), recipientIds: [mehmet.userId] });
    await sweep(hours(-24));
    await sweep(hours(0));
    await dismissReminder(mehmet.ctx, { id });
    expect((await listDueReminders(mehmet.ctx)).due.map((r) => r.id)).not.toContain(id);

    const later = hours(72);
    await updateReminder(ayse.ctx, {
      id,
      version: await versionOf(id),
      body: "Sözleşmeyi yenile",
      dueAt: later.toISOString(),
      recipientIds: [mehmet.userId],
    });
    expect((await listDueReminders(mehmet.ctx)).nextInMs).toBe(72 * 3_600_000);
    await sweep(hours(1), true);
    expect((await sent(id)).mails).toHaveLength(1);
    await sweep(hours(48), true);
    await sweep(hours(72), true);
    await sweep(hours(73), true);
    const { mails, bell } = await sent(id);
    expect(mails).toHaveLength(2);
    expect(bell).toHaveLength(2);
    expect((await listDueReminders(mehmet.ctx)).due.map((r) => r.id)).toContain(id);
  });
});

describe("who may do what", () => {
  it("only the creator edits or deletes: not a recipient, another member, or a Manage admin", async () => {
    setClock(hours(-48));
    const { id } = await createReminder(ayse.ctx, { body: "Yalnız ben", dueAt: DUE.toISOString(), recipientIds: [mehmet.userId] });
    const change = { id, version: 1, body: "Değiştirildi", dueAt: DUE.toISOString(), recipientIds: [mehmet.userId] };
    const bystander = await addMember(org, "edit");
    for (const ctx of [mehmet.ctx, bystander.ctx, manager.ctx, org.ctx]) {
      await caught(updateReminder(ctx, change), ForbiddenError);
      await caught(deleteReminder(ctx, { id }), ForbiddenError);
    }
    expect((await getReminder(mehmet.ctx, { id })).may.edit).toBe(false);
    expect((await getReminder(ayse.ctx, { id })).may.edit).toBe(true);
    expect((await db.select().from(reminders).where(eq(reminders.id, id)))[0]!.body).toBe("Yalnız ben");
    await updateReminder(ayse.ctx, change);
    expect((await getReminder(mehmet.ctx, { id })).body).toBe("Değiştirildi");
    await deleteReminder(ayse.ctx, { id });
    await caught(getReminder(ayse.ctx, { id }), NotFoundError);
  });

  it("a recipient's dismiss hides their banner only, and only once it is due", async () => {
    setClock(hours(-2));
    const { id } = await createReminder(ayse.ctx, { body: "İkimize de", dueAt: DUE.toISOString(), recipientIds: [ayse.userId, mehmet.userId] });
    await caught(dismissReminder(mehmet.ctx, { id }), NotFoundError); // not due yet
    setClock(hours(0));
    const ids = async (ctx: Member["ctx"]) => (await listDueReminders(ctx)).due.map((r) => r.id);
    expect(await ids(ayse.ctx)).toContain(id);
    expect(await ids(mehmet.ctx)).toContain(id);
    await dismissReminder(mehmet.ctx, { id });
    expect(await ids(mehmet.ctx)).not.toContain(id);
    expect(await ids(ayse.ctx)).toContain(id);
    // Not addressed to them: nothing to dismiss.
    await caught(dismissReminder(manager.ctx, { id }), NotFoundError);
    const mine = await listMyReminders(mehmet.ctx);
    expect(mine.past.find((r) => r.id === id)).toMatchObject({ forMe: true, mine: false });
    expect(mine.past.find((r) => r.id === id)!.dismissedAt).not.toBeNull();
    // The admin sees the whole org but lists only their own reminders.
    expect((await listMyReminders(manager.ctx)).past.map((r) => r.id)).not.toContain(id);
  });

  it("refuses a recipient who is not a working member of the org", async () => {
    await expect(createReminder(ayse.ctx, { body: "Yabancı", dueAt: DUE.toISOString(), recipientIds: [other.userId] })).rejects.toMatchObject({
      fieldErrors: { recipientIds: "memberLeft" },
    });
  });

  it("keeps other orgs out and a scoped member to the reminders that involve them or their customers", async () => {
    setClock(hours(-48));
    const { id } = await createReminder(ayse.ctx, { body: "Gizli", dueAt: DUE.toISOString(), recipientIds: [ayse.userId] });
    await caught(getReminder(other.ctx, { id }), NotFoundError);
    await caught(dismissReminder(other.ctx, { id }), NotFoundError);
    await caught(deleteReminder(other.ctx, { id }), NotFoundError);

    const employee = await addMember(org, "manage");
    await db.insert(memberProfiles).values({ orgId: org.orgId, userId: employee.userId, position: "employee" });
    const scoped = await loadOrgContext(employee.userId, org.orgSlug);
    const theirs = (
      await createCustomer(org.ctx, {
        name: "Onun Müşterisi",
        type: "customer",
        status: "first_contact",
        contact: { name: "Ali" },
        salesRepId: employee.userId,
      })
    ).id;
    const aboutTheirCustomer = (
      await createReminder(ayse.ctx, { body: "Müşterisi hakkında", dueAt: DUE.toISOString(), recipientIds: [ayse.userId], customerId: theirs })
    ).id;
    const forThem = (await createReminder(ayse.ctx, { body: "Ona", dueAt: DUE.toISOString(), recipientIds: [employee.userId] })).id;
    await caught(getReminder(scoped, { id }), NotFoundError);
    await getReminder(scoped, { id: aboutTheirCustomer });
    expect((await getReminder(scoped, { id: forThem })).recipients.map((r) => r.id)).toEqual([employee.userId]);
    expect((await listMyReminders(scoped)).upcoming.map((r) => r.id)).toEqual([forThem]);
  });

  it("writes the customer's feed when the reminder names one", async () => {
    setClock(hours(-48));
    const customerId = (await createCustomer(ayse.ctx, { name: "Feed Ltd", type: "customer", status: "first_contact", contact: { name: "Can" } })).id;
    const { id } = await createReminder(ayse.ctx, { body: "Fatura sor", dueAt: DUE.toISOString(), recipientIds: [ayse.userId], customerId });
    await updateReminder(ayse.ctx, { id, version: 1, body: "Faturayı sor", dueAt: DUE.toISOString(), recipientIds: [ayse.userId], customerId });
    await deleteReminder(ayse.ctx, { id });
    const feed = await db
      .select({ kind: activities.kind, summary: activities.summary })
      .from(activities)
      .where(and(eq(activities.orgId, org.orgId), eq(activities.customerId, customerId), eq(activities.entityId, id)));
    expect(feed.map((r) => r.kind).sort()).toEqual(["reminder.created", "reminder.deleted", "reminder.updated"]);
  });
});
