import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as inboundPost } from "@/app/api/inbound/email/route";
import { db } from "@/db/client";
import { activities, emailOutbox, inboundEmails, serviceAssignments, serviceAttachments, serviceMessages, serviceRecords, users } from "@/db/schema";
import { listActivities } from "@/lib/activity/list-activities";
import { createCustomer } from "@/lib/customers/create-customer";
import { getMailboxEmail } from "@/lib/email/list-mailbox";
import { simulateMailboxReply } from "@/lib/email/simulate-reply";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getAttachmentDownload } from "@/lib/files/get-attachment";
import { signWebhook } from "@/lib/inbound/sign-webhook";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { assignEmployees } from "@/lib/service/assign";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { listAssigneeOptions } from "@/lib/service/list-assignee-options";
import { listMessages } from "@/lib/service/messages/list-messages";
import { postMessage } from "@/lib/service/messages/post-message";
import { describeAssignment, respondToAssignment } from "@/lib/service/respond-to-assignment";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Lets one test make the activity write fail, to prove the e-mails roll back with the assignment.
const failing = vi.hoisted(() => ({ assignedActivity: false }));
vi.mock("@/lib/activity/record-activity", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/activity/record-activity")>();
  return {
    ...actual,
    recordActivity: (async (...args: Parameters<typeof actual.recordActivity>) => {
      if (failing.assignedActivity && args[2].kind === "service.assigned") throw new Error("activity write failed");
      return actual.recordActivity(...args);
    }) as typeof actual.recordActivity,
  };
});

const SECRET = `whsec_${randomBytes(24).toString("base64")}`;
process.env.INBOUND_WEBHOOK_SECRET = SECRET;
// The development mailbox as a client on the server's machine sees it (lib/email/mailbox-access.ts).
const OPEN_MAILBOX = { user: null, open: true };
let filesDir: string;

type Org = Awaited<ReturnType<typeof createOrg>>;
type Member = Awaited<ReturnType<typeof addMember>>;
let a: Org;
let b: Org;
let techEn: Member;
let techTr: Member;
let viewer: Member;
let contributor: Member;
let outsiderB: Member;

async function newRecord(org: Org, subject = "Install a video camera") {
  const customer = await createCustomer(org.ctx, {
    type: "customer",
    status: "first_contact",
    name: `Customer ${randomUUID().slice(0, 6)}`,
    contact: { name: "Ayşe Demir" },
  });
  return createServiceRecord(org.ctx, {
    customerId: customer.id,
    requestDate: "2015-03-01",
    subject,
    description: "Camera at the entrance, cabling included.",
    plannedStart: "2015-03-02T08:00:00Z",
    plannedEnd: "2015-03-06T17:00:00Z",
  });
}

async function outboxFor(to: string, subjectPart: string | number) {
  const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.to, to));
  return rows.filter((r) => r.kind === "serviceAssignment" && r.subject.includes(String(subjectPart)));
}

function tokenOf(email: { replyTo: string | null }) {
  const match = email.replyTo?.match(/^reply\+([A-Za-z0-9_-]+)@inbound\.servio\.local$/);
  if (!match) throw new Error(`no reply token in ${email.replyTo}`);
  return match[1]!;
}

async function status(recordId: string) {
  const [row] = await db.select({ status: serviceRecords.status }).from(serviceRecords).where(eq(serviceRecords.id, recordId));
  return row!.status;
}

async function thread(recordId: string) {
  return db
    .select({ kind: serviceMessages.kind, body: serviceMessages.body, fromEmail: serviceMessages.fromEmail, authorId: serviceMessages.authorId })
    .from(serviceMessages)
    .where(eq(serviceMessages.recordId, recordId))
    .orderBy(asc(serviceMessages.createdAt), asc(serviceMessages.id));
}

async function assignmentOf(recordId: string, userId: string) {
  const [row] = await db
    .select()
    .from(serviceAssignments)
    .where(and(eq(serviceAssignments.recordId, recordId), eq(serviceAssignments.userId, userId)));
  return row;
}

/** A Resend `email.received` delivery, signed like the provider signs it. */
function inboundRequest(data: { emailId?: string; to: string[]; from?: string; text: string }, options: { secret?: string; at?: Date } = {}) {
  const body = JSON.stringify({
    type: "email.received",
    created_at: new Date().toISOString(),
    data: {
      email_id: data.emailId ?? randomUUID(),
      created_at: new Date().toISOString(),
      from: data.from ?? "Technician <tech@example.test>",
      to: data.to,
      cc: [],
      bcc: [],
      received_for: data.to,
      message_id: `<${randomUUID()}@mail.example.test>`,
      subject: "Re: Service",
      attachments: [],
      text: data.text,
    },
  });
  return new Request("http://localhost/api/inbound/email", {
    method: "POST",
    headers: signWebhook(options.secret ?? SECRET, body, { at: options.at }),
    body,
  });
}

beforeAll(async () => {
  filesDir = await mkdtemp(path.join(tmpdir(), "servio-files-"));
  process.env.FILES_DIR = filesDir;
  a = await createOrg("Dispatch A");
  b = await createOrg("Dispatch B");
  [techEn, techTr, viewer, contributor] = await Promise.all([
    addMember(a, "contribute"),
    addMember(a, "contribute"),
    addMember(a, "view"),
    addMember(a, "contribute"),
  ]);
  await db.update(users).set({ locale: "tr", name: "Mehmet Yılmaz" }).where(eq(users.id, techTr.userId));
  await db.update(users).set({ name: "Alice Tech" }).where(eq(users.id, techEn.userId));
  outsiderB = await addMember(b, "manage");
});
afterAll(async () => {
  await rm(filesDir, { recursive: true, force: true });
  await closeConnections();
});

describe("assigning employees", () => {
  it("e-mails each new assignee in their language with links and a reply-to, and moves the record to assigned", async () => {
    const record = await newRecord(a);
    expect(await assignEmployees(a.ctx, { id: record.id, userIds: [techEn.userId, techTr.userId] })).toEqual({ added: 2, removed: 0 });

    const [en] = await outboxFor(techEn.email, record.number);
    const [tr] = await outboxFor(techTr.email, record.number);
    expect(en).toMatchObject({ locale: "en", orgId: a.orgId, subject: `Service #${record.number} assigned to you: Install a video camera` });
    expect(tr).toMatchObject({ locale: "tr", subject: `#${record.number} numaralı servis size atandı: Install a video camera` });
    const token = tokenOf(en!);
    expect(en!.html).toContain(`/assignment/${token}/accept`);
    expect(en!.html).toContain(`/assignment/${token}/reject`);
    expect(en!.text).toContain("Camera at the entrance");
    expect(tokenOf(tr!)).not.toBe(token);
    // Only the hash is stored.
    const stored = await assignmentOf(record.id, techEn.userId);
    expect(stored!.tokenHash).not.toContain(token);
    expect(await status(record.id)).toBe("assigned");

    const feed = await db
      .select()
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.entityId, record.id)));
    expect(feed.map((r) => r.kind).sort()).toEqual(["service.assigned", "service.created", "service.statusChanged"]);
    expect(feed.find((r) => r.kind === "service.assigned")!.summary).toBe(`#${record.number} Alice Tech, Mehmet Yılmaz`);
  });

  it("only e-mails people newly added, and removing someone withdraws their link", async () => {
    const record = await newRecord(a);
    await assignEmployees(a.ctx, { id: record.id, userIds: [techEn.userId] });
    const [first] = await outboxFor(techEn.email, record.number);
    expect(await assignEmployees(a.ctx, { id: record.id, userIds: [techEn.userId] })).toEqual({ added: 0, removed: 0 });
    expect(await assignEmployees(a.ctx, { id: record.id, userIds: [techTr.userId] })).toEqual({ added: 1, removed: 1 });
    expect(await outboxFor(techEn.email, record.number)).toHaveLength(1);
    expect(await outboxFor(techTr.email, record.number)).toHaveLength(1);
    expect(await respondToAssignment(tokenOf(first!), "accepted")).toEqual({ outcome: "unknown" });
  });

  it("writes neither assignments nor e-mails when the transaction fails after enqueueing", async () => {
    const record = await newRecord(a);
    failing.assignedActivity = true;
    try {
      await expect(assignEmployees(a.ctx, { id: record.id, userIds: [techEn.userId, techTr.userId] })).rejects.toThrow("activity write failed");
    } finally {
      failing.assignedActivity = false;
    }
    expect(await outboxFor(techEn.email, record.number)).toHaveLength(0);
    expect(await outboxFor(techTr.email, record.number)).toHaveLength(0);
    expect(await db.select().from(serviceAssignments).where(eq(serviceAssignments.recordId, record.id))).toHaveLength(0);
    expect(await status(record.id)).toBe("new");
  });

  it("refuses members below Edit, other orgs' records and people who are not members", async () => {
    const record = await newRecord(a);
    await caught(assignEmployees(contributor.ctx, { id: record.id, userIds: [techEn.userId] }), ForbiddenError);
    await caught(assignEmployees(b.ctx, { id: record.id, userIds: [outsiderB.userId] }), NotFoundError);
    const error = await caught(assignEmployees(a.ctx, { id: record.id, userIds: [outsiderB.userId] }), ValidationError);
    expect(error.fieldErrors).toEqual({ userIds: "invalid" });
    expect(await db.select().from(serviceAssignments).where(eq(serviceAssignments.recordId, record.id))).toHaveLength(0);
  });
});

describe("answering by link", () => {
  it("answers once; the page shows it; a second answer says it was already answered", async () => {
    const record = await newRecord(a);
    await assignEmployees(a.ctx, { id: record.id, userIds: [techEn.userId, techTr.userId] });
    const token = tokenOf((await outboxFor(techTr.email, record.number))[0]!);

    // Opening the page (GET) changes nothing.
    expect(await describeAssignment(token)).toMatchObject({ state: "pending", locale: "tr", number: record.number, assigneeName: "Mehmet Yılmaz" });
    expect((await assignmentOf(record.id, techTr.userId))!.response).toBe("pending");

    expect(await respondToAssignment(token, "rejected")).toMatchObject({ outcome: "answered", response: "rejected", number: record.number });
    expect(await respondToAssignment(token, "accepted")).toMatchObject({ outcome: "alreadyAnswered", response: "rejected" });
    expect(await describeAssignment(token)).toMatchObject({ state: "answered", response: "rejected" });
    const stored = await assignmentOf(record.id, techTr.userId);
    expect(stored).toMatchObject({ response: "rejected" });
    expect(stored!.respondedAt).toBeInstanceOf(Date);

    expect(await thread(record.id)).toEqual([{ kind: "system", body: "assignment.rejected", fromEmail: null, authorId: techTr.userId }]);
    const [activity] = await db
      .select()
      .from(activities)
      .where(and(eq(activities.entityId, record.id), eq(activities.kind, "service.rejected")));
    expect(activity).toMatchObject({ orgId: a.orgId, actorId: techTr.userId });
  });

  it("treats unknown and tampered tokens as unknown, changing nothing", async () => {
    const record = await newRecord(a);
    await assignEmployees(a.ctx, { id: record.id, userIds: [techEn.userId] });
    const token = tokenOf((await outboxFor(techEn.email, record.number))[0]!);
    for (const bad of [randomBytes(32).toString("base64url"), `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, "", "x".repeat(500)]) {
      expect(await respondToAssignment(bad, "accepted")).toEqual({ outcome: "unknown" });
      expect((await describeAssignment(bad)).state).toBe("unknown");
    }
    expect((await assignmentOf(record.id, techEn.userId))!.response).toBe("pending");
  });
});

describe("inbound e-mail webhook", () => {
  async function assignedToken(member: Member) {
    const record = await newRecord(a);
    await assignEmployees(a.ctx, { id: record.id, userIds: [member.userId] });
    return { record, token: tokenOf((await outboxFor(member.email, record.number))[0]!) };
  }

  it("appends the reply without the quoted history and recognises an answer", async () => {
    const { record, token } = await assignedToken(techEn);
    const response = await inboundPost(
      inboundRequest({
        to: [`Servio <reply+${token}@inbound.servio.local>`],
        from: `Alice Tech <${techEn.email.toUpperCase()}>`,
        text: `Accept, I can be there on Monday.\r\nBring the ladder.\r\n\r\nOn Sun, 1 Mar 2015 at 10:00, Servio <no-reply@servio.local>\r\nwrote:\r\n> Service #${record.number} assigned to you\r\n> Accept: https://…`,
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "appended", answer: "accepted", answered: true });
    expect(await thread(record.id)).toEqual([
      {
        kind: "email_in",
        body: "Accept, I can be there on Monday.\nBring the ladder.",
        fromEmail: techEn.email.toLowerCase(),
        authorId: techEn.userId,
      },
      { kind: "system", body: "assignment.accepted", fromEmail: null, authorId: techEn.userId },
    ]);
    expect((await assignmentOf(record.id, techEn.userId))!.response).toBe("accepted");
  });

  it("recognises Turkish and Romanian answers and strips their clients' quote headers", async () => {
    const tr = await assignedToken(techTr);
    await inboundPost(
      inboundRequest({
        to: [`reply+${tr.token}@inbound.servio.local`],
        text: "Ret — o hafta izindeyim.\n\n2 Mar 2015 Pzt, 10:00 tarihinde Servio <no-reply@servio.local> şunu yazdı:\n> Servis",
      }),
    );
    const trThread = await thread(tr.record.id);
    expect(trThread[0]).toMatchObject({ kind: "email_in", body: "Ret — o hafta izindeyim.", authorId: null });
    expect((await assignmentOf(tr.record.id, techTr.userId))!.response).toBe("rejected");

    const ro = await assignedToken(techEn);
    await inboundPost(
      inboundRequest({
        to: [`reply+${ro.token}@inbound.servio.local`],
        text: "Accepta.\n\nÎn lun., 2 mar. 2015 la 10:00, Servio <no-reply@servio.local> a scris:\n> Intervenția",
      }),
    );
    expect((await thread(ro.record.id))[0]!.body).toBe("Accepta.");
    expect((await assignmentOf(ro.record.id, techEn.userId))!.response).toBe("accepted");
  });

  it("keeps a reply without an answer as a message only", async () => {
    const { record, token } = await assignedToken(techEn);
    await inboundPost(
      inboundRequest({ to: [`reply+${token}@inbound.servio.local`], text: "Which entrance? I will not accept before I know.\n> quoted" }),
    );
    expect(await thread(record.id)).toEqual([
      expect.objectContaining({ kind: "email_in", body: "Which entrance? I will not accept before I know." }),
    ]);
    expect((await assignmentOf(record.id, techEn.userId))!.response).toBe("pending");
  });

  it("refuses a bad signature (401) and a stale timestamp (400), recording nothing", async () => {
    const { record, token } = await assignedToken(techEn);
    const to = [`reply+${token}@inbound.servio.local`];
    const forged = await inboundPost(inboundRequest({ to, text: "accept" }, { secret: `whsec_${randomBytes(24).toString("base64")}` }));
    expect(forged.status).toBe(401);
    const stale = await inboundPost(inboundRequest({ to, text: "accept" }, { at: new Date(Date.now() - 6 * 60_000) }));
    expect(stale.status).toBe(400);
    const future = await inboundPost(inboundRequest({ to, text: "accept" }, { at: new Date(Date.now() + 6 * 60_000) }));
    expect(future.status).toBe(400);
    const unsigned = await inboundPost(new Request("http://localhost/api/inbound/email", { method: "POST", body: "{}" }));
    expect(unsigned.status).toBe(400);

    // A valid signature over different bytes is a bad signature.
    const good = inboundRequest({ to, text: "accept" });
    const tampered = new Request(good.url, { method: "POST", headers: good.headers, body: (await good.text()).replace("accept", "reject") });
    expect((await inboundPost(tampered)).status).toBe(401);

    expect(await thread(record.id)).toEqual([]);
    expect((await assignmentOf(record.id, techEn.userId))!.response).toBe("pending");
  });

  it("processes a message id once, however often it is delivered", async () => {
    const { record, token } = await assignedToken(techEn);
    const emailId = randomUUID();
    const deliver = () => inboundPost(inboundRequest({ emailId, to: [`reply+${token}@inbound.servio.local`], text: "Kabul" }));
    const responses = [await deliver(), ...(await Promise.all([deliver(), deliver()]))];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    const outcomes = await Promise.all(responses.map((r) => r.json() as Promise<{ status: string }>));
    expect(outcomes.map((o) => o.status)).toEqual(["appended", "duplicate", "duplicate"]);
    expect(await thread(record.id)).toHaveLength(2);
    const [claimed] = await db.select().from(inboundEmails).where(eq(inboundEmails.messageId, emailId));
    expect(claimed).toMatchObject({ orgId: a.orgId, recordId: record.id });
  });

  it("acknowledges replies to unknown addresses without touching anything, and ignores other events", async () => {
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(serviceMessages);
    const unknown = await inboundPost(
      inboundRequest({ to: [`reply+${randomBytes(32).toString("base64url")}@inbound.servio.local`], text: "accept" }),
    );
    expect(await unknown.json()).toMatchObject({ status: "unmatched" });
    const noAddress = await inboundPost(inboundRequest({ to: ["someone@inbound.servio.local"], text: "accept" }));
    expect(await noAddress.json()).toMatchObject({ status: "unmatched" });
    const body = JSON.stringify({ type: "email.delivered", created_at: new Date().toISOString(), data: {} });
    const other = await inboundPost(new Request("http://localhost/api/inbound/email", { method: "POST", headers: signWebhook(SECRET, body), body }));
    expect(await other.json()).toMatchObject({ status: "ignored" });
    const after = await db.select({ n: sql<number>`count(*)::int` }).from(serviceMessages);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("a token of org A only ever writes into org A's record", async () => {
    const { record, token } = await assignedToken(techEn);
    await inboundPost(inboundRequest({ to: [`reply+${token}@inbound.servio.local`], text: "On my way" }));
    const rows = await db
      .select({ orgId: serviceMessages.orgId, recordId: serviceMessages.recordId })
      .from(serviceMessages)
      .where(eq(serviceMessages.recordId, record.id));
    expect(rows).toEqual([{ orgId: a.orgId, recordId: record.id }]);
    await caught(listMessages(b.ctx, { recordId: record.id }), NotFoundError);
  });

  it("handles a delivery quickly (measured)", async () => {
    const { token } = await assignedToken(techEn);
    const timings: number[] = [];
    for (let i = 0; i < 30; i++) {
      const request = inboundRequest({ to: [`reply+${token}@inbound.servio.local`], text: i === 0 ? "Accept" : `Note ${i}\n> quoted` });
      const started = performance.now();
      const response = await inboundPost(request);
      timings.push(performance.now() - started);
      expect(response.status).toBe(200);
    }
    timings.sort((x, y) => x - y);
    const median = timings[Math.floor(timings.length / 2)]!;
    const p95 = timings[Math.floor(timings.length * 0.95)]!;
    console.log(
      `[dispatch] inbound webhook handling: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms over ${timings.length}`,
    );
    expect(median).toBeLessThan(200);
  });
});

describe("development mailbox reply", () => {
  it("signs a Resend payload and posts it through the real webhook", async () => {
    const record = await newRecord(a);
    await assignEmployees(a.ctx, { id: record.id, userIds: [techEn.userId] });
    const [email] = await outboxFor(techEn.email, record.number);
    expect((await getMailboxEmail(OPEN_MAILBOX, email!.id)).replyTo).toBe(email!.replyTo);

    // The app's own URL is not served in tests; the request goes straight to the route handler.
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockImplementation(async (url, init) => inboundPost(new Request(url as string, init)));
    try {
      expect(await simulateMailboxReply(OPEN_MAILBOX, { emailId: email!.id, text: "Accept — see you Monday." })).toEqual({ ok: true, status: 200 });
    } finally {
      fetchSpy.mockRestore();
    }
    const messages = await thread(record.id);
    expect(messages[0]).toMatchObject({ kind: "email_in", body: "Accept — see you Monday.", fromEmail: techEn.email, authorId: techEn.userId });
    expect((await assignmentOf(record.id, techEn.userId))!.response).toBe("accepted");
  });
});

describe("thread messages and attachments", () => {
  const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

  it("stores files by content type, lists them and serves them to members", async () => {
    const record = await newRecord(a);
    const { id } = await postMessage(contributor.ctx, {
      recordId: record.id,
      body: "Photos and the offer",
      files: [
        new File([PDF], "offer.png", { type: "image/png" }),
        new File([PNG], "photo.png"),
        new File(["Serial: ABC-123\nÇalışıyor ✓\n"], "notes.txt", { type: "application/octet-stream" }),
      ],
    });
    const stored = await db.select().from(serviceAttachments).where(eq(serviceAttachments.messageId, id)).orderBy(asc(serviceAttachments.createdAt));
    expect(stored.map((f) => [f.fileName, f.contentType])).toEqual([
      ["offer.pdf", "application/pdf"],
      ["photo.png", "image/png"],
      ["notes.txt", "text/plain"],
    ]);
    expect(stored.every((f) => f.storageKey.startsWith(`${a.orgId}/`))).toBe(true);
    expect(await readdir(path.join(filesDir, a.orgId))).toEqual(expect.arrayContaining(stored.map((f) => f.storageKey.split("/")[1])));

    const { messages } = await listMessages(viewer.ctx, { recordId: record.id });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: "internal", body: "Photos and the offer", authorName: "User contribute" });
    expect(messages[0]!.attachments[0]).toMatchObject({ fileName: "offer.pdf", url: `/api/files/${stored[0]!.id}?org=${a.orgSlug}` });

    const download = await getAttachmentDownload(viewer.ctx, { id: stored[0]!.id });
    expect(download).toMatchObject({ fileName: "offer.pdf", contentType: "application/pdf" });
    expect(Buffer.from(download.bytes).equals(PDF)).toBe(true);
  });

  it("refuses files that are not an accepted type, too large or too many, and leaves nothing behind", async () => {
    const record = await newRecord(a);
    const before = (await readdir(path.join(filesDir, a.orgId)).catch(() => [])).length;
    const exe = new File([Buffer.from("4d5a90000300000004000000ffff0000", "hex")], "report.pdf", { type: "application/pdf" });
    expect((await caught(postMessage(a.ctx, { recordId: record.id, body: "x", files: [exe] }), ValidationError)).fieldErrors).toEqual({
      files: "fileType",
    });
    const zip = new File([Buffer.from("504b0304140000000000", "hex")], "archive.docx");
    expect((await caught(postMessage(a.ctx, { recordId: record.id, body: "x", files: [zip] }), ValidationError)).fieldErrors).toEqual({
      files: "fileType",
    });
    const big = new File([Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])], "big.pdf");
    expect((await caught(postMessage(a.ctx, { recordId: record.id, body: "x", files: [big] }), ValidationError)).fieldErrors).toEqual({
      files: "fileTooLarge",
    });
    const many = Array.from({ length: 4 }, (_, i) => new File([PNG], `p${i}.png`));
    expect((await caught(postMessage(a.ctx, { recordId: record.id, body: "x", files: many }), ValidationError)).fieldErrors).toEqual({
      files: "tooManyFiles",
    });
    expect((await caught(postMessage(a.ctx, { recordId: record.id, body: "  " }), ValidationError)).fieldErrors).toEqual({ body: "required" });

    expect(await thread(record.id)).toEqual([]);
    expect((await readdir(path.join(filesDir, a.orgId)).catch(() => [])).length).toBe(before);
  });

  it("keeps threads and files within their org and permission levels", async () => {
    const record = await newRecord(a);
    const { id } = await postMessage(a.ctx, { recordId: record.id, body: "Internal", files: [new File([PDF], "a.pdf")] });
    const [file] = await db.select().from(serviceAttachments).where(eq(serviceAttachments.messageId, id));

    // Org B: cannot post into, list or download from org A's record, even with the right ids.
    await caught(postMessage(b.ctx, { recordId: record.id, body: "intrusion" }), NotFoundError);
    await caught(listMessages(b.ctx, { recordId: record.id }), NotFoundError);
    await caught(getAttachmentDownload(b.ctx, { id: file!.id }), NotFoundError);
    // Not a member of A at all: no context to act with.
    await caught(loadOrgContext(outsiderB.userId, a.orgSlug), NotFoundError);
    // View may read and download but not post; a member with no access may not download.
    await caught(postMessage(viewer.ctx, { recordId: record.id, body: "hi" }), ForbiddenError);
    const none = await addMember(a, "none");
    await caught(getAttachmentDownload(none.ctx, { id: file!.id }), ForbiddenError);
    await caught(listMessages(none.ctx, { recordId: record.id }), ForbiddenError);
  });
});

describe("who can be assigned", () => {
  it("offers and accepts only members who can log time; a View member is refused next to the field", async () => {
    const options = await listAssigneeOptions(a.ctx);
    const offered = options.map((o) => o.id);
    expect(offered).toEqual(expect.arrayContaining([a.userId, techEn.userId, techTr.userId, contributor.userId]));
    expect(offered).not.toContain(viewer.userId);

    const record = await newRecord(a);
    const error = await caught(assignEmployees(a.ctx, { id: record.id, userIds: [techEn.userId, viewer.userId] }), ValidationError);
    expect(error.fieldErrors).toEqual({ userIds: "cannotLogTime" });
    expect(await db.select().from(serviceAssignments).where(eq(serviceAssignments.recordId, record.id))).toHaveLength(0);
    expect(await outboxFor(viewer.email, record.number)).toHaveLength(0);
    expect(await status(record.id)).toBe("new");

    // Filing with a View member as assignee files nothing either.
    const customer = await createCustomer(a.ctx, {
      type: "customer",
      status: "first_contact",
      name: "Viewer's customer",
      contact: { name: "Deniz Ak" },
    });
    const filed = await caught(
      createServiceRecord(a.ctx, { customerId: customer.id, requestDate: "2015-03-01", subject: "Filed for a viewer", assigneeIds: [viewer.userId] }),
      ValidationError,
    );
    expect(filed.fieldErrors).toEqual({ assigneeIds: "cannotLogTime" });
  });
});

describe("when the only assignee rejects", () => {
  /** An Edit member who writes in Turkish assigns `member` to a new record. */
  async function assignedBy(member: Member) {
    const dispatcher = await addMember(a, "edit");
    await db.update(users).set({ locale: "tr", name: "Oya Dispeçer" }).where(eq(users.id, dispatcher.userId));
    const ctx = await loadOrgContext(dispatcher.userId, a.orgSlug);
    const record = await newRecord(a, "Replace the alarm panel");
    await assignEmployees(ctx, { id: record.id, userIds: [member.userId] });
    return { record, dispatcher, token: tokenOf((await outboxFor(member.email, record.number))[0]!) };
  }

  async function rejectionMails(to: string) {
    return db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.to, to), eq(emailOutbox.kind, "serviceAssignmentRejected")));
  }

  it("moves the record back to new and e-mails whoever assigned it, in their language (link)", async () => {
    const { record, dispatcher, token } = await assignedBy(techEn);
    expect(await status(record.id)).toBe("assigned");
    await respondToAssignment(token, "rejected");
    expect(await status(record.id)).toBe("new");

    const [mail] = await rejectionMails(dispatcher.email);
    expect(mail).toMatchObject({ locale: "tr", orgId: a.orgId, subject: `#${record.number} numaralı servis atama bekliyor: Alice Tech reddetti` });
    expect(mail!.html).toContain(`/${a.orgSlug}/service/${record.id}`);
    const [move] = await db
      .select()
      .from(activities)
      .where(and(eq(activities.entityId, record.id), eq(activities.kind, "service.statusChanged")))
      .orderBy(desc(activities.createdAt))
      .limit(1);
    expect(move).toMatchObject({ actorId: techEn.userId, changes: { status: { from: "assigned", to: "new" } } });
  });

  it("does the same for a rejection by e-mail reply", async () => {
    const { record, dispatcher, token } = await assignedBy(techTr);
    await inboundPost(inboundRequest({ to: [`reply+${token}@inbound.servio.local`], from: techTr.email, text: "Ret, o gün izinliyim." }));
    expect(await status(record.id)).toBe("new");
    expect(await rejectionMails(dispatcher.email)).toHaveLength(1);
  });

  it("leaves the record assigned, and tells nobody, while someone else still has it", async () => {
    const { record, dispatcher } = await assignedBy(techEn);
    const ctx = await loadOrgContext(dispatcher.userId, a.orgSlug);
    await assignEmployees(ctx, { id: record.id, userIds: [techEn.userId, techTr.userId] });
    await respondToAssignment(tokenOf((await outboxFor(techTr.email, record.number))[0]!), "rejected");
    expect(await status(record.id)).toBe("assigned");
    expect(await rejectionMails(dispatcher.email)).toHaveLength(0);
  });
});

describe("the feed names who answered", () => {
  it("names the member whose reply arrived by e-mail, and the member who answered by link", async () => {
    const record = await newRecord(a);
    await assignEmployees(a.ctx, { id: record.id, userIds: [techEn.userId, techTr.userId] });
    const en = tokenOf((await outboxFor(techEn.email, record.number))[0]!);
    await inboundPost(inboundRequest({ to: [`reply+${en}@inbound.servio.local`], from: `Alice <${techEn.email}>`, text: "Accept, see you Monday." }));
    await respondToAssignment(tokenOf((await outboxFor(techTr.email, record.number))[0]!), "rejected");

    const { rows } = await listActivities(a.ctx, {});
    const mine = rows.filter((r) => r.entityId === record.id);
    expect(mine.find((r) => r.kind === "service.message")).toMatchObject({ actorName: "Alice Tech", actorKind: "token_holder" });
    expect(mine.find((r) => r.kind === "service.accepted")!.actorName).toBe("Alice Tech");
    expect(mine.find((r) => r.kind === "service.rejected")!.actorName).toBe("Mehmet Yılmaz");
    // The member filter of the Activities page finds the e-mailed reply under its author.
    const byAlice = await listActivities(a.ctx, { actorId: techEn.userId });
    expect(byAlice.rows.some((r) => r.entityId === record.id && r.kind === "service.message")).toBe(true);
  });

  it("names a forwarded reply by the address that sent it", async () => {
    const record = await newRecord(a);
    await assignEmployees(a.ctx, { id: record.id, userIds: [techEn.userId] });
    const token = tokenOf((await outboxFor(techEn.email, record.number))[0]!);
    await inboundPost(inboundRequest({ to: [`reply+${token}@inbound.servio.local`], from: "Boss <boss@elsewhere.test>", text: "Which entrance?" }));
    const { rows } = await listActivities(a.ctx, {});
    expect(rows.find((r) => r.entityId === record.id && r.kind === "service.message")!.actorName).toBe("boss@elsewhere.test");
  });
});
