import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { contacts, customers, idempotencyKeys, notes, products, serviceRecords, timeEntries } from "@/db/schema";
import { createContact } from "@/lib/contacts/create-contact";
import { createCustomer } from "@/lib/customers/create-customer";
import { ValidationError } from "@/lib/errors";
import { KEY_LIFETIME_HOURS } from "@/lib/idempotency/create-once";
import { addNote } from "@/lib/notes/add-note";
import { createProduct } from "@/lib/products/create-product";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { addManualEntry } from "@/lib/time-entries/add-manual-entry";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;
let customerId: string;

const customerInput = (name: string, extra: Record<string, unknown> = {}) => ({
  type: "customer",
  status: "first_contact",
  name,
  contact: { name: `${name} Contact` },
  ...extra,
});
const count = async (
  table: typeof customers | typeof contacts | typeof notes | typeof products | typeof serviceRecords | typeof timeEntries,
  org: Org,
  where = sql`true`,
) => {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(and(eq(table.orgId, org.orgId), where));
  return row!.n;
};
const ten = <T>(fn: () => Promise<T>) => Promise.all(Array.from({ length: 10 }, fn));

beforeAll(async () => {
  a = await createOrg("Idempotent A");
  b = await createOrg("Idempotent B");
  ({ id: customerId } = await createCustomer(a.ctx, customerInput("Base")));
});
afterAll(closeConnections);

describe("creates with an idempotency key", () => {
  it("ten concurrent identical customer creates with one key make one customer, and all ten results name it", async () => {
    const key = randomUUID();
    const results = await ten(() => createCustomer(a.ctx, customerInput("Double Click Ltd", { idempotencyKey: key })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await count(customers, a, eq(customers.name, "Double Click Ltd"))).toBe(1);
    expect(await count(contacts, a, eq(contacts.customerId, results[0]!.id))).toBe(1);
    const [stored] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.orgId, a.orgId), eq(idempotencyKeys.key, key)));
    expect(stored).toMatchObject({ verb: "customers.create", entityId: results[0]!.id, userId: a.userId });
    // A retry long after (the response was lost) still gets the same row.
    expect(await createCustomer(a.ctx, customerInput("Double Click Ltd", { idempotencyKey: key }))).toEqual(results[0]);
  });

  it("different keys make separate rows; no key keeps today's behaviour", async () => {
    const results = await ten(() => createCustomer(a.ctx, customerInput("Ten Keys", { idempotencyKey: randomUUID() })));
    expect(new Set(results.map((r) => r.id)).size).toBe(10);
    await Promise.all([createCustomer(a.ctx, customerInput("No Key")), createCustomer(a.ctx, customerInput("No Key"))]);
    expect(await count(customers, a, eq(customers.name, "No Key"))).toBe(2);
  });

  it("a key used in another org does not collide", async () => {
    const key = randomUUID();
    const inA = await createCustomer(a.ctx, customerInput("Shared Key", { idempotencyKey: key }));
    const inB = await createCustomer(b.ctx, customerInput("Shared Key", { idempotencyKey: key }));
    expect(inB.id).not.toBe(inA.id);
    expect(await count(customers, b, eq(customers.name, "Shared Key"))).toBe(1);
  });

  it("a failed create frees its key, so the corrected retry creates the row", async () => {
    const key = randomUUID();
    await caught(createCustomer(a.ctx, customerInput("", { idempotencyKey: key })), ValidationError);
    await createCustomer(a.ctx, customerInput("Taken Code", { accountCode: "IDEM-1" }));
    await caught(createCustomer(a.ctx, customerInput("Retry", { accountCode: "IDEM-1", idempotencyKey: key })), ValidationError);
    const created = await createCustomer(a.ctx, customerInput("Retry", { accountCode: "IDEM-2", idempotencyKey: key }));
    expect(await count(customers, a, eq(customers.id, created.id))).toBe(1);
  });

  it("another member's key, or the key on another verb, is refused rather than answered", async () => {
    const key = randomUUID();
    await createCustomer(a.ctx, customerInput("Mine", { idempotencyKey: key }));
    const other = await addMember(a, "manage");
    expect((await caught(createCustomer(other.ctx, customerInput("Mine", { idempotencyKey: key })), ValidationError)).fieldErrors).toEqual({
      idempotencyKey: "invalid",
    });
    expect((await caught(createProduct(a.ctx, { name: "Mine", idempotencyKey: key }), ValidationError)).fieldErrors).toEqual({
      idempotencyKey: "invalid",
    });
  });

  it("contacts, notes, products, service records and manual time entries are created once per key", async () => {
    const contactKey = randomUUID();
    const contactResults = await ten(() => createContact(a.ctx, { customerId, name: "Idem Contact", idempotencyKey: contactKey }));
    expect(new Set(contactResults.map((r) => r.id)).size).toBe(1);
    expect(await count(contacts, a, eq(contacts.name, "Idem Contact"))).toBe(1);

    const noteKey = randomUUID();
    const noteResults = await ten(() => addNote(a.ctx, { customerId, body: "Called twice?", idempotencyKey: noteKey }));
    expect(new Set(noteResults.map((r) => r.id)).size).toBe(1);
    expect(await count(notes, a, eq(notes.body, "Called twice?"))).toBe(1);

    const productKey = randomUUID();
    const productResults = await ten(() => createProduct(a.ctx, { name: "Idem Camera", idempotencyKey: productKey }));
    expect(new Set(productResults.map((r) => r.id)).size).toBe(1);
    expect(await count(products, a, eq(products.name, "Idem Camera"))).toBe(1);

    const recordKey = randomUUID();
    const recordResults = await ten(() =>
      createServiceRecord(a.ctx, { customerId, requestDate: "2026-03-01", subject: "Idem request", idempotencyKey: recordKey }),
    );
    expect(new Set(recordResults.map((r) => `${r.id}#${r.number}`)).size).toBe(1);
    expect(await count(serviceRecords, a, eq(serviceRecords.subject, "Idem request"))).toBe(1);

    const entryKey = randomUUID();
    const span = { recordId: recordResults[0]!.id, startedAt: "2026-03-01T08:00:00Z", stoppedAt: "2026-03-01T09:00:00Z", idempotencyKey: entryKey };
    const entryResults = await ten(() => addManualEntry(a.ctx, span));
    expect(new Set(entryResults.map((r) => r.id)).size).toBe(1);
    expect(entryResults[0]).toMatchObject({ startedAt: "2026-03-01T08:00:00.000Z", stoppedAt: "2026-03-01T09:00:00.000Z" });
    expect(await count(timeEntries, a, eq(timeEntries.recordId, span.recordId))).toBe(1);
  });

  it("keys older than a day are pruned by the next create", async () => {
    const old = randomUUID();
    await createCustomer(a.ctx, customerInput("Old Key", { idempotencyKey: old }));
    await db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - make_interval(hours => ${KEY_LIFETIME_HOURS + 1})` })
      .where(and(eq(idempotencyKeys.orgId, a.orgId), eq(idempotencyKeys.key, old)));
    await createCustomer(a.ctx, customerInput("Fresh Key", { idempotencyKey: randomUUID() }));
    expect(
      await db
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.orgId, a.orgId), eq(idempotencyKeys.key, old))),
    ).toEqual([]);
  });
});
