import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, contacts, customers, emailOutbox, notes, serviceAssignments, serviceRecords, timeEntries } from "@/db/schema";
import { findApprovalToken } from "@/lib/approval/find-approval-token";
import { tokenContext } from "@/lib/auth/token-context";
import type { OrgContext } from "@/lib/context";
import { createContact } from "@/lib/contacts/create-contact";
import { createCustomer } from "@/lib/customers/create-customer";
import type { TenantTable } from "@/lib/db/tenant";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { handleInboundEmail } from "@/lib/inbound/handle-inbound-email";
import { addNote } from "@/lib/notes/add-note";
import type { Actor } from "@/lib/permissions/actor";
import { requirePermission } from "@/lib/permissions/require-permission";
import { answerAssignment } from "@/lib/service/answer-assignment";
import { approveService } from "@/lib/service/approve";
import { assignEmployees } from "@/lib/service/assign";
import { completeService } from "@/lib/service/complete";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { getServiceRecordInOrgOrThrow, moveStatus } from "@/lib/service/internal";
import { assignmentHolder, findAssignmentByToken, respondToAssignment } from "@/lib/service/respond-to-assignment";
import { addMember, createOrg, uniqueEmail } from "./factories";
import { caught, closeConnections, emailsTo, uniqueIp } from "./helpers";

// Issue 10, item 4: a token path's context (lib/auth/token-context.ts) reads through the same seam
// as a member's, and its scope reaches only what the token names — so a query that forgets the
// record's id still reads nothing else.

type Org = Awaited<ReturnType<typeof createOrg>>;
type Member = Awaited<ReturnType<typeof addMember>>;
let a: Org;
let b: Org;
let techA: Member;
let techB: Member;

beforeAll(async () => {
  a = await createOrg("Tokens A");
  b = await createOrg("Tokens B");
  [techA, techB] = await Promise.all([addMember(a, "contribute"), addMember(a, "contribute")]);
});
afterAll(closeConnections);

async function newCustomer(org: Org, contact: { name: string; email?: string }) {
  return createCustomer(org.ctx, { type: "customer", status: "first_contact", name: `Customer ${randomUUID().slice(0, 6)}`, contact });
}

async function newRecord(org: Org, customerId: string) {
  return createServiceRecord(org.ctx, { customerId, requestDate: "2026-03-01", subject: "Camera installation" });
}

/** What `ctx.t.where(table)` — no id of our own — lets the context read. */
async function idsThrough(ctx: OrgContext<Actor>, table: TenantTable & { id: AnyPgColumn }) {
  const rows = await ctx.t.db.select({ id: table.id }).from(table).where(ctx.t.where(table));
  return rows.map((row) => String(row.id)).sort();
}

async function approvalLink(recordId: string, email: string) {
  await a.ctx.t.transaction(async (t) => moveStatus(a.ctx, t, await getServiceRecordInOrgOrThrow(t, recordId), "in_progress"));
  await completeService(a.ctx, { id: recordId, email, result: "Installed.", fee: "100" });
  const [sent] = await emailsTo(email);
  return sent!.html.match(/\/approve\/([A-Za-z0-9_-]+)/)![1]!;
}

/** The assignee's token, from the reply-to of the assignment e-mail. */
async function assignmentToken(email: string, number: number) {
  const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.to, email));
  const sent = rows.find((row) => row.kind === "serviceAssignment" && row.subject.includes(String(number)));
  return sent!.replyTo!.match(/^reply\+([A-Za-z0-9_-]+)@/)![1]!;
}

async function feedOf(recordId: string) {
  return db
    .select({ kind: activities.kind, actorKind: activities.actorKind, actorId: activities.actorId, actorLabel: activities.actorLabel })
    .from(activities)
    .where(eq(activities.entityId, recordId));
}

describe("an approval link's context", () => {
  it("reads its record, the record's customer and its contacts — not the customer's other records, notes or feed, nor the org's", async () => {
    const approverEmail = uniqueEmail("approver");
    const mine = await newCustomer(a, { name: "Ayşe Yılmaz", email: approverEmail });
    await createContact(a.ctx, { customerId: mine.id, name: "Second Contact" });
    const other = await newCustomer(a, { name: "Someone Else" });
    const [record, sibling, third, elsewhere] = [
      await newRecord(a, mine.id),
      await newRecord(a, mine.id),
      await newRecord(a, mine.id),
      await newRecord(a, other.id),
    ];
    await addNote(a.ctx, { customerId: mine.id, body: "Internal: ask for a discount next time." });
    const hour = 3600_000;
    await db.insert(timeEntries).values([
      {
        orgId: a.orgId,
        recordId: record.id,
        userId: techA.userId,
        startedAt: new Date(Date.now() - 5 * hour),
        stoppedAt: new Date(Date.now() - 4 * hour),
      },
      {
        orgId: a.orgId,
        recordId: sibling.id,
        userId: techA.userId,
        startedAt: new Date(Date.now() - 3 * hour),
        stoppedAt: new Date(Date.now() - 2 * hour),
      },
    ]);
    const token = await approvalLink(record.id, approverEmail);

    const found = await findApprovalToken(db, token);
    const ctx = await tokenContext("approval", found!.holder);
    expect(ctx.actor).toMatchObject({ kind: "token_holder", token: "approval", recordId: record.id, userId: null, label: "Ayşe Yılmaz" });
    expect(ctx.org).toMatchObject({ id: a.orgId, slug: a.orgSlug, name: "Tokens A" });

    // The member sees the customer's four records; the link's holder, through the same seam, one.
    expect((await idsThrough(a.ctx, serviceRecords)).length).toBeGreaterThanOrEqual(4);
    expect(await idsThrough(ctx, serviceRecords)).toEqual([record.id]);
    expect(await idsThrough(ctx, customers)).toEqual([mine.id]);
    const myContacts = await db.select({ id: contacts.id }).from(contacts).where(eq(contacts.customerId, mine.id));
    expect(myContacts).toHaveLength(2);
    expect(await idsThrough(ctx, contacts)).toEqual(myContacts.map((c) => c.id).sort());
    expect(await idsThrough(a.ctx, notes)).toHaveLength(1);
    expect(await idsThrough(ctx, notes)).toEqual([]);
    const entries = await idsThrough(ctx, timeEntries);
    expect(entries).toHaveLength(1);
    expect((await idsThrough(a.ctx, timeEntries)).length).toBeGreaterThanOrEqual(2);
    const feed = await ctx.t.db.select({ entityId: activities.entityId }).from(activities).where(ctx.t.where(activities));
    expect(feed.length).toBeGreaterThan(0);
    expect(new Set(feed.map((row) => row.entityId))).toEqual(new Set([record.id]));
    expect(await idsThrough(a.ctx, serviceRecords)).toEqual(expect.arrayContaining([sibling.id, third.id, elsewhere.id]));

    // Nor anything of another org.
    await newCustomer(b, { name: "B's customer" });
    expect(await idsThrough(ctx, customers)).toEqual([mine.id]);
  });

  it("passes the guard for approving its record and for nothing else", async () => {
    const customer = await newCustomer(a, { name: "Guarded" });
    const record = await newRecord(a, customer.id);
    const token = await approvalLink(record.id, uniqueEmail("guard"));
    const ctx = await tokenContext("approval", (await findApprovalToken(db, token))!.holder);
    expect(() => requirePermission(ctx, "serviceRecords.approve")).not.toThrow();
    for (const action of ["customers.view", "serviceRecords.update", "assignments.respond", "messages.post", "customers.export"] as const) {
      expect(() => requirePermission(ctx, action)).toThrow(ForbiddenError);
    }
    // …and no member may approve in the customer's place, whatever their level.
    expect(() => requirePermission(a.ctx, "serviceRecords.approve")).toThrow(ForbiddenError);
  });

  it("writes the approval's feed rows as the link's holder, named from the customer's contacts", async () => {
    const approverEmail = uniqueEmail("holder");
    const customer = await newCustomer(a, { name: "Deniz Kaya", email: approverEmail });
    const record = await newRecord(a, customer.id);
    const token = await approvalLink(record.id, approverEmail);
    await approveService({ token, score: 9, comment: null }, uniqueIp());
    const rows = (await feedOf(record.id)).filter((row) => row.kind === "service.approved" || row.kind === "service.statusChanged");
    const byHolder = rows.filter((row) => row.actorKind === "token_holder");
    expect(byHolder.map((row) => row.kind).sort()).toEqual(["service.approved", "service.statusChanged"]);
    for (const row of byHolder) expect(row).toMatchObject({ actorId: null, actorLabel: "Deniz Kaya" });
  });
});

describe("an assignment link's context", () => {
  async function assignedRecord(userIds: string[]) {
    const customer = await newCustomer(a, { name: "Assigned" });
    const record = await newRecord(a, customer.id);
    await assignEmployees(a.ctx, { id: record.id, userIds });
    return record;
  }

  async function assignmentsOf(recordId: string) {
    return db
      .select({ userId: serviceAssignments.userId, response: serviceAssignments.response })
      .from(serviceAssignments)
      .where(eq(serviceAssignments.recordId, recordId));
  }

  it("sees the record's assignments but answers only its own; another record's is out of reach", async () => {
    const record = await assignedRecord([techA.userId, techB.userId]);
    const otherRecord = await assignedRecord([techA.userId]);
    const token = await assignmentToken(techA.email, record.number);
    const ctx = await tokenContext("assignment", assignmentHolder((await findAssignmentByToken(db, token))!));
    expect(ctx.actor).toMatchObject({ kind: "token_holder", token: "assignment", recordId: record.id, userId: techA.userId });

    const readable = await ctx.t.db.select({ userId: serviceAssignments.userId }).from(serviceAssignments).where(ctx.t.where(serviceAssignments));
    expect(readable.map((row) => row.userId).sort()).toEqual([techA.userId, techB.userId].sort());
    const writable = await ctx.t.db
      .select({ userId: serviceAssignments.userId })
      .from(serviceAssignments)
      .where(ctx.t.whereWritable(serviceAssignments));
    expect(writable.map((row) => row.userId)).toEqual([techA.userId]);

    const answer = { response: "accepted" as const, respondedAt: new Date() };
    await caught(answerAssignment(ctx, { recordId: record.id, userId: techB.userId }, answer), NotFoundError);
    await caught(answerAssignment(ctx, { recordId: otherRecord.id, userId: techA.userId }, answer), NotFoundError);
    expect((await assignmentsOf(record.id)).every((row) => row.response === "pending")).toBe(true);
    expect(await assignmentsOf(otherRecord.id)).toEqual([{ userId: techA.userId, response: "pending" }]);

    // Members answer in the app by logging time, not through this step; the approval grant does not reach it either.
    await caught(answerAssignment(a.ctx, { recordId: record.id, userId: techA.userId }, answer), ForbiddenError);

    await answerAssignment(ctx, { recordId: record.id, userId: techA.userId }, answer);
    const after = await assignmentsOf(record.id);
    expect(after.find((row) => row.userId === techA.userId)!.response).toBe("accepted");
    expect(after.find((row) => row.userId === techB.userId)!.response).toBe("pending");
  });

  it("writes the answer's feed rows, and the return to New, as the assignee holding the link", async () => {
    const record = await assignedRecord([techB.userId]);
    const token = await assignmentToken(techB.email, record.number);
    expect(await respondToAssignment(token, "rejected")).toMatchObject({ outcome: "answered", response: "rejected" });
    const rows = await feedOf(record.id);
    const rejected = rows.find((row) => row.kind === "service.rejected");
    expect(rejected).toMatchObject({ actorKind: "token_holder", actorId: techB.userId, actorLabel: "User contribute" });
    const [status] = await db.select({ status: serviceRecords.status }).from(serviceRecords).where(eq(serviceRecords.id, record.id));
    expect(status!.status).toBe("new");
    const returned = rows.filter((row) => row.kind === "service.statusChanged" && row.actorKind === "token_holder");
    expect(returned).toEqual([{ kind: "service.statusChanged", actorKind: "token_holder", actorId: techB.userId, actorLabel: "User contribute" }]);
  });
});

describe("an inbound reply's context", () => {
  it("appends the reply as the token's holder: the assignee from their own address, the sender of a forward", async () => {
    const customer = await newCustomer(a, { name: "Replied" });
    const record = await newRecord(a, customer.id);
    await assignEmployees(a.ctx, { id: record.id, userIds: [techA.userId] });
    const token = await assignmentToken(techA.email, record.number);
    const reply = (from: string, text: string) =>
      handleInboundEmail({
        type: "email.received",
        data: { email_id: randomUUID(), from, to: [`reply+${token}@inbound.servio.local`], subject: "Re", text },
      });
    expect(await reply(`Tech <${techA.email}>`, "On my way.")).toMatchObject({ status: "appended", answer: null });
    expect(await reply("Boss <boss@elsewhere.test>", "Forwarded: please check.")).toMatchObject({ status: "appended" });
    const messages = (await feedOf(record.id)).filter((row) => row.kind === "service.message");
    expect(messages).toEqual(
      expect.arrayContaining([
        { kind: "service.message", actorKind: "token_holder", actorId: techA.userId, actorLabel: "User contribute" },
        { kind: "service.message", actorKind: "token_holder", actorId: null, actorLabel: "boss@elsewhere.test" },
      ]),
    );
    expect(messages).toHaveLength(2);
  });
});
