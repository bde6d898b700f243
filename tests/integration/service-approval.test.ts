import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, approvalTokens, orgs, serviceAssignments, serviceRecords, timeEntries } from "@/db/schema";
import { getApprovalPage } from "@/lib/approval/get-approval-page";
import { getApprovalState } from "@/lib/approval/get-approval-state";
import { APPROVAL_ATTEMPTS } from "@/lib/approval/public-attempts";
import { setClock } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { createCustomer } from "@/lib/customers/create-customer";
import { tenant } from "@/lib/db/tenant";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { QUEUES } from "@/lib/jobs/boss";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { listActivities } from "@/lib/activity/list-activities";
import { approveService } from "@/lib/service/approve";
import { closeService } from "@/lib/service/close";
import { completeService } from "@/lib/service/complete";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { getServiceCustomer } from "@/lib/service/get-service-customer";
import { getServiceRecord } from "@/lib/service/get-service-record";
import { getServiceRecordInOrgOrThrow, moveStatus } from "@/lib/service/internal";
import { listPendingApprovals } from "@/lib/service/list-pending";
import { listSupportHistory } from "@/lib/service/support-history";
import nextConfig from "@/next.config";
import { addMember, createOrg, uniqueEmail } from "./factories";
import { caught, closeConnections, emailsTo, uniqueIp } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;

let a: Org;
let b: Org;
let customerId: string;

beforeAll(async () => {
  a = await createOrg("Approval A");
  b = await createOrg("Approval B");
  ({ id: customerId } = await createCustomer(a.ctx, {
    type: "customer",
    status: "first_contact",
    name: "Kamera Müşterisi A.Ş.",
    email: "info@kamera.test",
    contact: { name: "Ayşe Yılmaz", email: "ayse@kamera.test" },
  }));
});
afterEach(() => setClock(null));
afterAll(closeConnections);

/** A record of org A in progress, optionally with finished and running time entries. */
async function recordInProgress(ctx: OrgContext = a.ctx, customer = customerId) {
  const { id } = await createServiceRecord(ctx, { customerId: customer, requestDate: "2026-03-01", subject: "Video camera installation" });
  await ctx.t.transaction(async (t) => moveStatus(ctx, t, await getServiceRecordInOrgOrThrow(t, id), "in_progress"));
  return id;
}

async function addEntry(recordId: string, userId: string, startedAt: Date, stoppedAt: Date | null) {
  await db.insert(timeEntries).values({ orgId: a.orgId, recordId, userId, startedAt, stoppedAt });
}

async function record(id: string) {
  const [row] = await db.select().from(serviceRecords).where(eq(serviceRecords.id, id));
  return row!;
}

async function tokenRows(recordId: string) {
  return db.select().from(approvalTokens).where(eq(approvalTokens.recordId, recordId));
}

function approveToken(html: string) {
  const match = html.match(/\/approve\/([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error("no /approve/ link in the e-mail");
  return match[1];
}

/** Completes a record and returns the approval token from the e-mail it queued. */
async function complete(id: string, email = uniqueEmail("customer")) {
  await completeService(a.ctx, { id, email, result: "Camera installed and tested.", fee: "1.250,50" });
  const [sent] = await emailsTo(email);
  return approveToken(sent!.html);
}

async function completedRecord() {
  const id = await recordInProgress();
  return { id, token: await complete(id) };
}

async function kinds(recordId: string) {
  const rows = await db.select({ kind: activities.kind, actorId: activities.actorId }).from(activities).where(eq(activities.entityId, recordId));
  return rows;
}

describe("completing a record", () => {
  it("stops running timers, moves to completed and queues the report with a link, all at one instant", async () => {
    const member = await addMember(a, "edit");
    const id = await recordInProgress();
    const start = new Date(Date.now() - 3 * 3600_000);
    await addEntry(id, a.userId, start, new Date(start.getTime() + 5420_000)); // 1:30:20
    await addEntry(id, member.userId, new Date(Date.now() - 600_000), null); // running for 10 minutes
    const to = uniqueEmail("report");

    const done = await completeService(a.ctx, { id, email: to, result: "Camera installed.", fee: "1.250,50" });

    const row = await record(id);
    expect(row).toMatchObject({ status: "completed", reportEmail: to, result: "Camera installed.", fee: "1250.50" });
    expect(row.completedAt).toBeInstanceOf(Date);
    expect(row.actualEnd).toEqual(row.completedAt);
    const running = await db
      .select()
      .from(timeEntries)
      .where(and(eq(timeEntries.recordId, id), isNull(timeEntries.stoppedAt)));
    expect(running).toHaveLength(0);
    const [stopped] = await db
      .select()
      .from(timeEntries)
      .where(and(eq(timeEntries.recordId, id), eq(timeEntries.userId, member.userId)));
    expect(stopped!.stoppedAt).toEqual(row.completedAt);

    const sent = await emailsTo(to);
    expect(sent).toHaveLength(1);
    const email = sent[0]!;
    expect(email).toMatchObject({ kind: "serviceReport", orgId: a.orgId, locale: "en", status: "queued" });
    expect(email.subject).toContain(`#${row.number}`);
    expect(email.text).toContain("Kamera Müşterisi A.Ş.");
    expect(email.text).toContain("Camera installed.");
    // 1:30:20 finished + about 10 minutes stopped by completion.
    expect(email.text).toMatch(/1:4[01]/);
    expect(email.text).toContain("1,250.50");
    const token = approveToken(email.html);
    expect(token).toHaveLength(43);
    const [stored] = await tokenRows(id);
    expect(stored).toMatchObject({ email: to, usedAt: null, orgId: a.orgId });
    expect(stored!.tokenHash).not.toContain(token);
    const days = (stored!.expiresAt.getTime() - row.completedAt!.getTime()) / 86_400_000;
    expect(days).toBe(30);
    expect(done.expiresAt).toBe(stored!.expiresAt.toISOString());

    const jobs = await db.execute(sql`select 1 from pgboss.job where name = ${QUEUES.email} and data->>'emailId' = ${email.id}`);
    expect(jobs).toHaveLength(1);
    expect((await kinds(id)).map((k) => k.kind)).toEqual(expect.arrayContaining(["service.statusChanged", "service.completed"]));
  });

  it("writes nothing — no e-mail, no job, no link, timers still running — when the transaction fails afterwards", async () => {
    const id = await recordInProgress();
    await addEntry(id, a.userId, new Date(Date.now() - 60_000), null);
    const to = uniqueEmail("rollback");
    await expect(
      db.transaction(async (tx) => {
        await completeService({ ...a.ctx, t: tenant(a.orgId, tx) }, { id, email: to });
        throw new Error("a later step failed");
      }),
    ).rejects.toThrow("a later step failed");

    expect((await record(id)).status).toBe("in_progress");
    expect(await emailsTo(to)).toHaveLength(0);
    expect(await tokenRows(id)).toHaveLength(0);
    const jobs = await db.execute(
      sql`select 1 from pgboss.job where name = ${QUEUES.email} and data->>'emailId' not in (select id::text from email_outbox)`,
    );
    expect(jobs).toHaveLength(0);
    expect(
      await db
        .select()
        .from(timeEntries)
        .where(and(eq(timeEntries.recordId, id), isNull(timeEntries.stoppedAt))),
    ).toHaveLength(1);
  });

  it("writes the report in the org's language and currency, whoever completes it", async () => {
    await db.update(orgs).set({ locale: "tr", currency: "TRY" }).where(eq(orgs.id, a.orgId));
    try {
      const ctx = await loadOrgContext(a.userId, a.orgSlug);
      const id = await recordInProgress(ctx);
      const to = uniqueEmail("tr");
      await completeService(ctx, { id, email: to, fee: "1250" });
      const [email] = await emailsTo(to);
      expect(email!.locale).toBe("tr");
      expect(email!.subject).toContain("servis raporu");
      expect(email!.text).toContain("İncele ve onayla");
      expect(email!.text).toMatch(/₺1\.250,00/);
    } finally {
      await db.update(orgs).set({ locale: "en" }).where(eq(orgs.id, a.orgId));
    }
  });

  it("refuses records that are not in progress and a missing e-mail, changing nothing", async () => {
    const { id: fresh } = await createServiceRecord(a.ctx, { customerId, requestDate: "2026-03-01", subject: "Not started" });
    await caught(completeService(a.ctx, { id: fresh, email: uniqueEmail() }), ConflictError);
    const { id } = await completedRecord();
    const error = await caught(completeService(a.ctx, { id, email: uniqueEmail() }), ConflictError);
    expect(error.code).toBe("invalidTransition");
    expect(await tokenRows(id)).toHaveLength(1);
    const other = await recordInProgress();
    const invalid = await caught(completeService(a.ctx, { id: other, email: "" }), ValidationError);
    expect(invalid.fieldErrors).toEqual({ email: "required" });
    expect((await record(other)).status).toBe("in_progress");
  });

  it("makes older unused links unusable when the record is completed again", async () => {
    const { id, token: first } = await completedRecord();
    await a.ctx.t.transaction(async (t) => moveStatus(a.ctx, t, await getServiceRecordInOrgOrThrow(t, id), "in_progress"));
    expect((await getApprovalPage(first, uniqueIp())).state).toBe("expired");
    const second = await complete(id);
    expect((await getApprovalPage(first, uniqueIp())).state).toBe("expired");
    expect((await getApprovalPage(second, uniqueIp())).state).toBe("open");
    await caught(approveService({ token: first, score: 9 }, uniqueIp()), ConflictError);
    await approveService({ token: second, score: 9 }, uniqueIp());
    expect((await record(id)).status).toBe("approved");
  });
});

describe("the approval link", () => {
  it("shows the report, approves once with score and comment, and says 'used' afterwards", async () => {
    const { id, token } = await completedRecord();
    const ip = uniqueIp();
    const page = await getApprovalPage(token, ip);
    expect(page.state).toBe("open");
    if (page.state !== "open") return;
    expect(page.org.name).toBe("Approval A");
    expect(page.report).toMatchObject({
      customer: "Kamera Müşterisi A.Ş.",
      subject: "Video camera installation",
      result: "Camera installed and tested.",
    });

    const approved = await approveService({ token, score: "8", comment: "  Quick and tidy.  " }, ip);
    expect(approved.score).toBe(8);
    const row = await record(id);
    expect(row).toMatchObject({ status: "approved", approvalScore: 8, approvalComment: "Quick and tidy." });
    expect(row.approvedAt).toBeInstanceOf(Date);
    expect((await tokenRows(id))[0]!.usedAt).toEqual(row.approvedAt);
    const approvals = (await kinds(id)).filter((k) => k.kind === "service.approved");
    expect(approvals).toEqual([{ kind: "service.approved", actorId: null }]);

    const again = await caught(approveService({ token, score: 3 }, ip), ConflictError);
    expect(again.code).toBe("approvalUsed");
    expect(await getApprovalPage(token, ip)).toMatchObject({ state: "used", number: `#${row.number}` });
    expect((await record(id)).approvalScore).toBe(8);
  });

  it("lets only one of two simultaneous approvals through", async () => {
    const { id, token } = await completedRecord();
    const results = await Promise.allSettled([approveService({ token, score: 4 }, uniqueIp()), approveService({ token, score: 9 }, uniqueIp())]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const approvals = (await kinds(id)).filter((k) => k.kind === "service.approved");
    expect(approvals).toHaveLength(1);
  });

  it("refuses an expired link and changes nothing", async () => {
    const { id, token } = await completedRecord();
    await db
      .update(approvalTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(approvalTokens.recordId, id));
    expect(await getApprovalPage(token, uniqueIp())).toMatchObject({ state: "expired", org: { name: "Approval A" } });
    const error = await caught(approveService({ token, score: 7 }, uniqueIp()), ConflictError);
    expect(error.code).toBe("approvalExpired");
    expect(await record(id)).toMatchObject({ status: "completed", approvalScore: null, approvedAt: null });
    expect((await tokenRows(id))[0]!.usedAt).toBeNull();
  });

  it("a link issued at a moved time expires 30 days later by that clock: the page, the approval and the record's panel agree", async () => {
    const completedAt = new Date("2027-04-01T10:00:00Z");
    setClock(completedAt);
    const { id, token } = await completedRecord();
    const expiresAt = (await tokenRows(id))[0]!.expiresAt;
    expect(expiresAt.getTime() - completedAt.getTime()).toBe(30 * 86_400_000);

    setClock(new Date(expiresAt.getTime() - 1000));
    expect(await getApprovalPage(token, uniqueIp())).toMatchObject({ state: "open" });
    expect((await getApprovalState(a.ctx, { id })).link).toMatchObject({ expired: false });

    setClock(new Date(expiresAt.getTime() + 1000));
    expect(await getApprovalPage(token, uniqueIp())).toMatchObject({ state: "expired" });
    expect((await getApprovalState(a.ctx, { id })).link).toMatchObject({ expired: true });
    expect((await caught(approveService({ token, score: 7 }, uniqueIp()), ConflictError)).code).toBe("approvalExpired");
    expect(await record(id)).toMatchObject({ status: "completed", approvedAt: null });
  });

  it("approves only the record its token was issued for", async () => {
    const recordA = await completedRecord();
    const recordB = await completedRecord();
    const page = await getApprovalPage(recordA.token, uniqueIp());
    expect(page.state === "open" && page.report.number).toBe(`#${(await record(recordA.id)).number}`);
    // Extra fields naming another record are ignored: the token alone decides.
    await approveService({ token: recordA.token, score: 10, id: recordB.id, recordId: recordB.id }, uniqueIp());
    expect((await record(recordA.id)).status).toBe("approved");
    expect(await record(recordB.id)).toMatchObject({ status: "completed", approvalScore: null });
    expect((await tokenRows(recordB.id))[0]!.usedAt).toBeNull();
    expect((await getApprovalPage(recordB.token, uniqueIp())).state).toBe("open");
  });

  it("treats tampered and unknown tokens as unknown, changing nothing", async () => {
    const { id, token } = await completedRecord();
    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    for (const bad of [flipped, token.slice(0, -1), `${token}x`, randomUUID(), "", "../../etc/passwd"]) {
      expect((await getApprovalPage(bad, uniqueIp())).state).toBe("unknown");
      await caught(approveService({ token: bad, score: 8 }, uniqueIp()), NotFoundError);
    }
    expect((await record(id)).status).toBe("completed");
    expect((await getApprovalPage(token, uniqueIp())).state).toBe("open");
  });

  it("refuses scores that are not a whole number from 1 to 10, and long comments, changing nothing", async () => {
    const { id, token } = await completedRecord();
    for (const score of [0, 11, 5.5, "x", "", undefined, null, "7abc", -3]) {
      const error = await caught(approveService({ token, score }, uniqueIp()), ValidationError);
      expect(error.fieldErrors).toEqual({ score: "scoreRange" });
    }
    const long = await caught(approveService({ token, score: 5, comment: "a".repeat(2001) }, uniqueIp()), ValidationError);
    expect(long.fieldErrors).toEqual({ comment: "tooLong" });
    expect(await record(id)).toMatchObject({ status: "completed", approvalScore: null, approvalComment: null });
    expect((await tokenRows(id))[0]!.usedAt).toBeNull();
    await approveService({ token, score: "10", comment: "a".repeat(2000) }, uniqueIp());
    expect((await record(id)).approvalScore).toBe(10);
  });

  it(`answers "too many attempts" to bad links after ${APPROVAL_ATTEMPTS.perMinute} a minute from one address`, async () => {
    const { token: usedToken } = await completedRecord();
    await approveService({ token: usedToken, score: 9 }, uniqueIp());
    const ip = uniqueIp();
    for (let i = 0; i < APPROVAL_ATTEMPTS.perMinute; i++) expect((await getApprovalPage(randomUUID(), ip)).state).toBe("unknown");
    // Past the limit an unknown or used link looks the same, so a flood learns nothing about links.
    expect((await getApprovalPage(randomUUID(), ip)).state).toBe("rateLimited");
    expect((await getApprovalPage(usedToken, ip)).state).toBe("rateLimited");
    const error = await caught(approveService({ token: randomUUID(), score: 8 }, ip), RateLimitedError);
    expect(error.code).toBe("approvalRateLimited");
    await caught(approveService({ token: usedToken, score: 8 }, ip), RateLimitedError);
    // Another address is not affected.
    expect((await getApprovalPage(randomUUID(), uniqueIp())).state).toBe("unknown");
  });

  it("never blocks a valid link, even from an address over the bad-attempt limit", async () => {
    const { id, token } = await completedRecord();
    const ip = uniqueIp();
    // Someone else behind the customer's address (an office, a carrier's NAT) sends bad links.
    for (let i = 0; i < APPROVAL_ATTEMPTS.perMinute - 5; i++) await getApprovalPage(randomUUID(), ip);
    // Bad scores count too.
    for (let i = 0; i < 5; i++) await caught(approveService({ token, score: 0 }, ip), ValidationError);
    expect((await getApprovalPage(randomUUID(), ip)).state).toBe("rateLimited");

    // The customer's own link opens (again and again: good views count against no one), shows the
    // form's errors, and approves.
    for (let i = 0; i < APPROVAL_ATTEMPTS.perMinute + 5; i++) expect((await getApprovalPage(token, ip)).state).toBe("open");
    await caught(approveService({ token, score: 0 }, ip), ValidationError);
    expect((await approveService({ token, score: 8 }, ip)).score).toBe(8);
    expect((await record(id)).status).toBe("approved");
  });

  it("answers every /approve and /assignment response with no-store, no-referrer and noindex", async () => {
    const rules = await nextConfig.headers!();
    for (const source of ["/approve/:path*", "/assignment/:path*"]) {
      const rule = rules.find((r) => r.source === source);
      const values = Object.fromEntries(rule!.headers.map((h) => [h.key.toLowerCase(), h.value]));
      expect(values).toMatchObject({
        "cache-control": "no-store",
        "referrer-policy": "no-referrer",
        "x-robots-tag": expect.stringContaining("noindex"),
      });
    }
    const approve = rules.find((r) => r.source === "/approve/:path*");
    // Later rules win for the same header, so the general Referrer-Policy must come first.
    expect(rules.indexOf(approve!)).toBeGreaterThan(rules.findIndex((r) => r.source === "/:path*"));
    const { getPathMatch } = await import("next/dist/shared/lib/router/utils/path-match");
    const matches = getPathMatch(approve!.source);
    expect(matches("/approve/abc123")).toBeTruthy();
    expect(matches("/approving")).toBe(false);
  });
});

describe("pending forms, closing and the support history", () => {
  it("lists approved records with score, comment and check-in/out; closing files them into the history", async () => {
    const tech = await addMember(a, "contribute");
    const { id, token } = await completedRecord();
    const checkInAt = new Date("2026-03-02T07:05:00Z");
    const checkOutAt = new Date("2026-03-02T10:40:00Z");
    await db
      .insert(serviceAssignments)
      .values({ orgId: a.orgId, recordId: id, userId: tech.userId, response: "accepted", tokenHash: randomUUID(), checkInAt, checkOutAt });
    await addEntry(id, tech.userId, checkInAt, new Date(checkInAt.getTime() + 3723_000));
    await approveService({ token, score: 8, comment: "Great" }, uniqueIp());

    const pending = await listPendingApprovals(a.ctx);
    const row = pending.find((p) => p.id === id);
    expect(row).toMatchObject({
      customerName: "Kamera Müşterisi A.Ş.",
      subject: "Video camera installation",
      score: 8,
      comment: "Great",
      technicians: [{ userId: tech.userId, name: tech.ctx.actor.name, checkInAt: checkInAt.toISOString(), checkOutAt: checkOutAt.toISOString() }],
    });
    expect(await listPendingApprovals(b.ctx)).toEqual([]);

    const closed = await closeService(a.ctx, { id });
    expect((await record(id)).status).toBe("closed");
    expect((await record(id)).closedAt!.toISOString()).toBe(closed.closedAt);
    expect((await listPendingApprovals(a.ctx)).some((p) => p.id === id)).toBe(false);
    expect((await kinds(id)).map((k) => k.kind)).toContain("service.closed");

    const history = await listSupportHistory(a.ctx, { customerId });
    expect(history.find((h) => h.id === id)).toMatchObject({ score: 8, totalSeconds: 3723, subject: "Video camera installation" });
    expect(await listSupportHistory(b.ctx, { customerId })).toEqual([]);
    await caught(closeService(a.ctx, { id }), ConflictError);
  });

  it("closes only approved records", async () => {
    const inProgress = await recordInProgress();
    const { id: completed } = await completedRecord();
    for (const id of [inProgress, completed]) {
      const error = await caught(closeService(a.ctx, { id }), ConflictError);
      expect(error.code).toBe("invalidTransition");
    }
    expect((await record(completed)).status).toBe("completed");
  });

  it("shows the completion panel the link and, once approved, the score", async () => {
    const { id, token } = await completedRecord();
    const before = await getApprovalState(a.ctx, { id });
    expect(before.link).toMatchObject({ usedAt: null });
    expect(before.score).toBeNull();
    await approveService({ token, score: 6, comment: "OK" }, uniqueIp());
    expect(await getApprovalState(a.ctx, { id })).toMatchObject({ score: 6, comment: "OK", link: { usedAt: expect.any(String) } });
    await caught(getApprovalState(b.ctx, { id }), NotFoundError);
  });
});

describe("permission boundaries and isolation", () => {
  it("lets Edit complete and close but not Contribute or View", async () => {
    const contribute = await addMember(a, "contribute");
    const view = await addMember(a, "view");
    const edit = await addMember(a, "edit");
    const id = await recordInProgress();
    await caught(completeService(contribute.ctx, { id, email: uniqueEmail() }), ForbiddenError);
    await caught(completeService(view.ctx, { id, email: uniqueEmail() }), ForbiddenError);
    expect((await record(id)).status).toBe("in_progress");
    const to = uniqueEmail();
    await completeService(edit.ctx, { id, email: to });
    const [sent] = await emailsTo(to);
    await approveService({ token: approveToken(sent!.html), score: 7 }, uniqueIp());

    expect((await listPendingApprovals(view.ctx)).some((p) => p.id === id)).toBe(true);
    await caught(closeService(view.ctx, { id }), ForbiddenError);
    await caught(closeService(contribute.ctx, { id }), ForbiddenError);
    expect((await record(id)).status).toBe("approved");
    await closeService(edit.ctx, { id });
    expect((await record(id)).status).toBe("closed");
  });

  it("never completes or closes another org's record", async () => {
    const id = await recordInProgress();
    await caught(completeService(b.ctx, { id, email: uniqueEmail() }), NotFoundError);
    expect((await record(id)).status).toBe("in_progress");
    const { id: approvedId, token } = await completedRecord();
    await approveService({ token, score: 5 }, uniqueIp());
    await caught(closeService(b.ctx, { id: approvedId }), NotFoundError);
    expect((await record(approvedId)).status).toBe("approved");
    const none = await addMember(a, "none");
    await caught(listPendingApprovals(none.ctx), ForbiddenError);
    await caught(listSupportHistory(none.ctx, { customerId }), ForbiddenError);
  });
});

describe("who the feed names and where the report goes", () => {
  async function feedOf(id: string) {
    const { rows } = await listActivities(a.ctx, { customerId });
    return rows.filter((r) => r.entityId === id);
  }

  it("names the contact who approved through the link, not 'a former member'", async () => {
    const id = await recordInProgress();
    const token = await complete(id, "ayse@kamera.test");
    await approveService({ token, score: 9 }, uniqueIp());
    const feed = await feedOf(id);
    const approval = feed.find((r) => r.kind === "service.approved")!;
    expect(approval).toMatchObject({ actorName: "Ayşe Yılmaz", actorKind: "token_holder" });
    const move = feed.find((r) => r.kind === "service.statusChanged" && r.changes?.status?.to === "approved")!;
    expect(move.actorName).toBe("Ayşe Yılmaz");
  });

  it("names the address the link went to when no contact has it", async () => {
    const id = await recordInProgress();
    const to = uniqueEmail("office");
    await approveService({ token: await complete(id, to), score: 7 }, uniqueIp());
    expect((await feedOf(id)).find((r) => r.kind === "service.approved")!.actorName).toBe(to);
  });

  it("offers the report to the record's contact, then the company", async () => {
    // A company without a general address: the record's contact has one.
    const noCompanyMail = await createCustomer(a.ctx, {
      type: "customer",
      status: "first_contact",
      name: "Adressiz Ltd.",
      contact: { name: "Mert Kaya", email: "mert@adressiz.test" },
    });
    const [mert] = (await getServiceCustomer(a.ctx, { id: noCompanyMail.id })).contacts;
    const withContact = await createServiceRecord(a.ctx, {
      customerId: noCompanyMail.id,
      contactId: mert!.id,
      requestDate: "2026-03-01",
      subject: "Alarm check",
    });
    expect((await getServiceRecord(a.ctx, { id: withContact.id })).reportTo).toBe("mert@adressiz.test");

    // The shared customer has info@ for the company and ayse@ for its contact: the contact wins.
    const contacts = (await getServiceCustomer(a.ctx, { id: customerId })).contacts;
    const both = await createServiceRecord(a.ctx, { customerId, contactId: contacts[0]!.id, requestDate: "2026-03-01", subject: "Camera check" });
    expect((await getServiceRecord(a.ctx, { id: both.id })).reportTo).toBe("ayse@kamera.test");
    const companyOnly = await createServiceRecord(a.ctx, { customerId, requestDate: "2026-03-01", subject: "Camera check" });
    expect((await getServiceRecord(a.ctx, { id: companyOnly.id })).reportTo).toBe("info@kamera.test");
  });
});
