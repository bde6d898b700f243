import { randomBytes, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as inboundPost } from "@/app/api/inbound/email/route";
import { db } from "@/db/client";
import { customers, emailOutbox, inboundEmails, notes, products, serviceMessages } from "@/db/schema";
import { createContact } from "@/lib/contacts/create-contact";
import { listContacts } from "@/lib/contacts/list-contacts";
import { createCustomer } from "@/lib/customers/create-customer";
import { exportCustomers } from "@/lib/customers/export-customers";
import { listCustomers } from "@/lib/customers/list-customers";
import { updateCustomer } from "@/lib/customers/update-customer";
import { encodeCursor } from "@/lib/db/keyset";
import { ValidationError } from "@/lib/errors";
import { signWebhook } from "@/lib/inbound/sign-webhook";
import { addNote } from "@/lib/notes/add-note";
import { listNotes } from "@/lib/notes/list-notes";
import { createProduct } from "@/lib/products/create-product";
import { assignEmployees } from "@/lib/service/assign";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { listServiceRecords } from "@/lib/service/list-service-records";
import { postMessage } from "@/lib/service/messages/post-message";
import { addManualEntry } from "@/lib/time-entries/add-manual-entry";
import { addMember, createOrg } from "./factories";
import { closeConnections } from "./helpers";

const SECRET = `whsec_${randomBytes(24).toString("base64")}`;
process.env.INBOUND_WEBHOOK_SECRET = SECRET;

type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let customerId: string;

const customerInput = (name: string, extra: Record<string, unknown> = {}) => ({
  type: "customer",
  status: "first_contact",
  name,
  contact: { name: `${name} Contact` },
  ...extra,
});

beforeAll(async () => {
  a = await createOrg("Hardening A");
  ({ id: customerId } = await createCustomer(a.ctx, customerInput("Nul Test Müşteri", { accountCode: "NUL-1" })));
  await createCustomer(a.ctx, customerInput("Second Customer"));
});
afterAll(closeConnections);

/** What a caller sees from a verb: its result, or the field errors it was refused with. */
async function outcome(promise: Promise<unknown>) {
  try {
    return { ok: true as const, value: await promise };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false as const, fieldErrors: error.fieldErrors };
    throw error;
  }
}

describe("NUL and other text PostgreSQL cannot store", () => {
  it("?q=%00 lists customers, contacts and the export normally", async () => {
    const all = await listCustomers(a.ctx, {});
    const nul = await listCustomers(a.ctx, { q: "\u0000" });
    expect(nul.rows.map((r) => r.id)).toEqual(all.rows.map((r) => r.id));
    expect((await listCustomers(a.ctx, { q: "Nul\u0000 Test" })).rows.map((r) => r.name)).toEqual(["Nul Test Müşteri"]);

    const contacts = await listContacts(a.ctx, { q: "\u0000" });
    expect(contacts.rows.length).toBe((await listContacts(a.ctx, {})).rows.length);

    const exported = await exportCustomers(a.ctx, { q: "\u0000" }, { locale: "en" });
    expect(exported.rowCount).toBe(all.rows.length);
  });

  it("a cursor carrying NUL, a lone surrogate or a date out of range means the first page", async () => {
    const first = await listCustomers(a.ctx, {});
    for (const after of ["\u0000", encodeCursor({ v: "Nul\u0000", id: randomUUID() }), encodeCursor({ v: "\uD800x", id: randomUUID() })]) {
      expect((await listCustomers(a.ctx, { after })).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    }
    const byCreated = await listCustomers(a.ctx, { sort: "created", after: encodeCursor({ v: "+275760-09-13T00:00:00.000Z", id: randomUUID() }) });
    expect(byCreated.rows).toHaveLength(first.rows.length);
    expect((await listContacts(a.ctx, { cursor: encodeCursor({ v: "\u0000", id: randomUUID() }) })).rows.length).toBeGreaterThan(0);
    const notesPage = await listNotes(a.ctx, { customerId, before: encodeCursor({ v: "0000-01-01T00:00:00Z", id: randomUUID() }) });
    expect(notesPage).toBeTruthy();
  });

  it("stores names, notes and thread messages without the NUL", async () => {
    const { id } = await createCustomer(a.ctx, customerInput("Acme\u0000 Ltd", { contact: { name: "Ay\u0000şe" } }));
    const [row] = await db.select({ name: customers.name }).from(customers).where(eq(customers.id, id));
    expect(row!.name).toBe("Acme Ltd");
    await updateCustomer(a.ctx, { ...customerInput("Acme\u0000 Ltd. Şti.\uDC00"), id, version: 1 });
    const [updated] = await db.select({ name: customers.name }).from(customers).where(eq(customers.id, id));
    expect(updated!.name).toBe("Acme Ltd. Şti.\uFFFD");
    await createContact(a.ctx, { customerId: id, name: "\u0000Mehmet" });

    const note = await addNote(a.ctx, { customerId: id, body: "Called\u0000 back" });
    const [stored] = await db.select({ body: notes.body }).from(notes).where(eq(notes.id, note.id));
    expect(stored!.body).toBe("Called back");

    const record = await createServiceRecord(a.ctx, { customerId: id, requestDate: "2026-03-01", subject: "Kamera\u0000" });
    const message = await postMessage(a.ctx, { recordId: record.id, body: "On my\u0000 way" });
    const [posted] = await db.select({ body: serviceMessages.body }).from(serviceMessages).where(eq(serviceMessages.id, message.id));
    expect(posted!.body).toBe("On my way");
    // A body of nothing but NUL is empty: refused next to the field like any empty body.
    expect(await outcome(addNote(a.ctx, { customerId: id, body: "\u0000\u0000" }))).toEqual({ ok: false, fieldErrors: { body: "required" } });
  });

  it("stores an inbound reply containing NUL, once, however often the provider delivers it", async () => {
    const tech = await addMember(a, "contribute");
    const record = await createServiceRecord(a.ctx, { customerId, requestDate: "2026-03-01", subject: "Inbound NUL" });
    await assignEmployees(a.ctx, { id: record.id, userIds: [tech.userId] });
    const [assignmentMail] = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.to, tech.email), eq(emailOutbox.kind, "serviceAssignment")));
    const token = assignmentMail!.replyTo!.match(/^reply\+([A-Za-z0-9_-]+)@/)![1]!;
    const emailId = `nul-${randomUUID()}`;
    const body = JSON.stringify({
      type: "email.received",
      created_at: new Date().toISOString(),
      data: {
        email_id: emailId,
        from: `Tech <${tech.email}>`,
        to: [`reply+${token}@inbound.servio.local`],
        received_for: [],
        subject: "Re: Servis\u0000",
        text: "I will come\u0000 on Monday.\uD800",
      },
    });
    const deliver = () =>
      inboundPost(new Request("http://localhost/api/inbound/email", { method: "POST", headers: signWebhook(SECRET, body), body }));

    const first = await deliver();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ status: "appended" });
    const again = await deliver();
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: "duplicate" });

    const thread = await db
      .select()
      .from(serviceMessages)
      .where(and(eq(serviceMessages.recordId, record.id), eq(serviceMessages.kind, "email_in")));
    expect(thread.map((m) => m.body)).toEqual(["I will come on Monday.\uFFFD"]);
    expect(await db.select().from(inboundEmails).where(eq(inboundEmails.messageId, emailId))).toHaveLength(1);
  });
});

describe("dates outside 1900–2200", () => {
  it.each([
    ["a request date of year 0000", { requestDate: "0000-01-01" }, { requestDate: "dateRange" }],
    ["a request date of year 2201", { requestDate: "2201-01-01" }, { requestDate: "dateRange" }],
    ["a planned start in year 275760", { plannedStart: "+275760-09-13T00:00:00.000Z" }, { plannedStart: "dateRange" }],
    ["a planned start typed as 275760-01-01", { plannedStart: "275760-01-01T10:00" }, { plannedStart: "invalid" }],
    ["a planned end in year 0001", { plannedEnd: "0001-01-01T00:00:00Z" }, { plannedEnd: "dateRange" }],
  ])("%s is a field error", async (_what, fields, fieldErrors) => {
    const result = await outcome(createServiceRecord(a.ctx, { customerId, requestDate: "2026-03-01", subject: "Dates", ...fields }));
    expect(result).toEqual({ ok: false, fieldErrors });
  });

  it("a manual time entry in year 0000 is a field error", async () => {
    const record = await createServiceRecord(a.ctx, { customerId, requestDate: "2026-03-01", subject: "Time" });
    const result = await outcome(
      addManualEntry(a.ctx, { recordId: record.id, startedAt: "0000-01-01T08:00:00Z", stoppedAt: "0000-01-01T09:00:00Z" }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { startedAt: "dateRange" } });
  });

  it("a list filter of year 0000 is ignored, not a database error", async () => {
    const all = await listServiceRecords(a.ctx, {});
    expect((await listServiceRecords(a.ctx, { from: "0000-01-01", to: "275760-01-01" })).rows.length).toBe(all.rows.length);
  });
});

describe("unique fields under concurrency", () => {
  it("10 concurrent customers with one account code: 1 created, 9 'account code taken'", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => outcome(createCustomer(a.ctx, customerInput(`Race ${i}`, { accountCode: "RACE-1" })))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(Array.from({ length: 9 }, () => ({ ok: false, fieldErrors: { accountCode: "accountCodeTaken" } })));
    expect(
      await db
        .select()
        .from(customers)
        .where(and(eq(customers.orgId, a.orgId), eq(customers.accountCode, "RACE-1"))),
    ).toHaveLength(1);
  });

  it("10 concurrent products with one code: 1 created, 9 'code taken'", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => outcome(createProduct(a.ctx, { name: `Camera ${i}`, code: "CAM-RACE" }))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(Array.from({ length: 9 }, () => ({ ok: false, fieldErrors: { code: "codeTaken" } })));
    expect(
      await db
        .select()
        .from(products)
        .where(and(eq(products.orgId, a.orgId), eq(products.code, "CAM-RACE"))),
    ).toHaveLength(1);
  });

  it("an account code changed concurrently on two customers: one keeps it, the other gets the field error", async () => {
    const [x, y] = await Promise.all([createCustomer(a.ctx, customerInput("Upd X")), createCustomer(a.ctx, customerInput("Upd Y"))]);
    const results = await Promise.all(
      [x!, y!].map((c, i) => outcome(updateCustomer(a.ctx, { ...customerInput(`Upd ${i}`), id: c.id, version: 1, accountCode: "UPD-RACE" }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, fieldErrors: { accountCode: "accountCodeTaken" } });
  });
});

describe("text length", () => {
  it("refuses a 10 MB website and e-mail next to the field", async () => {
    const huge = "a".repeat(10 * 1024 * 1024);
    const result = await outcome(
      createCustomer(
        a.ctx,
        customerInput("Huge", { website: `${huge}.com`, email: `${huge}@x.com`, contact: { name: "C", email: `${huge}@x.com` } }),
      ),
    );
    expect(result).toEqual({ ok: false, fieldErrors: { website: "tooLong", email: "tooLong", "contact.email": "tooLong" } });
  });
});
