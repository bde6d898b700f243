import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, emailOutbox, serviceAssignments, serviceRecords } from "@/db/schema";
import { createCustomer } from "@/lib/customers/create-customer";
import { getCustomer } from "@/lib/customers/get-customer";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { archiveProduct } from "@/lib/products/archive-product";
import { createProduct } from "@/lib/products/create-product";
import { listProducts, listProductsForEditing } from "@/lib/products/list-products";
import { updateProduct } from "@/lib/products/update-product";
import { changeServiceStatus } from "@/lib/service/change-status";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { getServiceCustomer } from "@/lib/service/get-service-customer";
import { getServiceRecord } from "@/lib/service/get-service-record";
import { listCustomerServiceRecords } from "@/lib/service/list-customer-service-records";
import { countServiceRecords } from "@/lib/service/count-service-records";
import { listServiceRecords, PAGE_SIZE } from "@/lib/service/list-service-records";
import { updateServiceRecord } from "@/lib/service/update-service-record";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;
type Refs = { customerId: string; contactId: string; typeId: string; priorityId: string; productId: string };

let a: Org;
let b: Org;
let refsA: Refs;
let refsB: Refs;

async function setUpRefs(org: Org, prefix: string): Promise<Refs> {
  const { id: customerId } = await createCustomer(org.ctx, {
    name: `${prefix} Kamera A.Ş.`,
    type: "customer",
    status: "first_contact",
    accountCode: `${prefix}-001`,
    email: "info@kamera.test",
    contact: { name: `${prefix} Ana Popescu`, email: "ana@kamera.test" },
  });
  const contactId = (await getCustomer(org.ctx, { id: customerId })).contacts[0]!.id;
  const { id: typeId } = await addPicklistItem(org.ctx, { list: "service_type", labels: { en: "Installation", tr: "Kurulum", ro: "Montaj" } });
  const { id: priorityId } = await addPicklistItem(org.ctx, { list: "priority", labels: { en: "Low", tr: "Düşük", ro: "Scăzută" } });
  const { id: productId } = await createProduct(org.ctx, { name: `${prefix} Video camera`, code: "CAM-1", unit: "pcs", price: "1.250,50" });
  return { customerId, contactId, typeId, priorityId, productId };
}

function recordInput(refs: Refs, extra: Record<string, unknown> = {}) {
  return {
    customerId: refs.customerId,
    contactId: refs.contactId,
    serviceTypeId: refs.typeId,
    priorityId: refs.priorityId,
    requestDate: "2015-02-27",
    subjectKind: "text",
    subject: "Install a video camera",
    plannedStart: "2015-03-02T09:00:00.000Z",
    plannedEnd: "2015-03-06T17:00:00.000Z",
    ...extra,
  };
}

async function activityRows(org: Org, entityId: string) {
  return db
    .select({ kind: activities.kind, changes: activities.changes })
    .from(activities)
    .where(and(eq(activities.orgId, org.orgId), eq(activities.entityId, entityId)))
    .orderBy(activities.createdAt);
}

async function rowOf(id: string) {
  const [row] = await db.select().from(serviceRecords).where(eq(serviceRecords.id, id));
  return row!;
}

beforeAll(async () => {
  a = await createOrg("Service A");
  b = await createOrg("Service B");
  refsA = await setUpRefs(a, "A");
  refsB = await setUpRefs(b, "B");
});
afterAll(closeConnections);

describe("creating, reading and updating a record", () => {
  it("numbers records created at the same moment one after another, without collisions", async () => {
    const created = await Promise.all(Array.from({ length: 6 }, () => createServiceRecord(a.ctx, recordInput(refsA))));
    const numbers = created.map((r) => r.number).sort((x, y) => x - y);
    expect(new Set(numbers).size).toBe(6);
    expect(numbers.at(-1)! - numbers[0]!).toBe(5);
  });

  it("stores the product's name as the subject when the subject is a product", async () => {
    const { id } = await createServiceRecord(
      a.ctx,
      recordInput(refsA, { subjectKind: "product", productId: refsA.productId, subject: "typed text" }),
    );
    expect((await rowOf(id))!).toMatchObject({ subject: "A Video camera", productId: refsA.productId });
    const { id: textId } = await createServiceRecord(
      a.ctx,
      recordInput(refsA, { subjectKind: "text", productId: refsA.productId, subject: "Free text" }),
    );
    expect((await rowOf(textId))!).toMatchObject({ subject: "Free text", productId: null });
  });

  it("files a record and shapes it for its page", async () => {
    const { id, number } = await createServiceRecord(a.ctx, recordInput(refsA, { fee: "1.250,50", description: "Camera over the entrance" }));
    const record = await getServiceRecord(a.ctx, { id }, "ro");
    expect(record).toMatchObject({
      id,
      number,
      status: "new",
      nextStatuses: ["in_progress", "cancelled"],
      customer: { id: refsA.customerId, name: "A Kamera A.Ş.", accountCode: "A-001", email: "info@kamera.test", region: null },
      contact: { id: refsA.contactId, name: "A Ana Popescu", email: "ana@kamera.test" },
      serviceType: "Montaj",
      priority: "Scăzută",
      requestDate: "2015-02-27",
      subject: "Install a video camera",
      plannedStart: "2015-03-02T09:00:00.000Z",
      plannedEnd: "2015-03-06T17:00:00.000Z",
      fee: "1250.50",
      version: 1,
      assignees: [],
      approvalScore: null,
    });
    expect(record.createdBy).toMatchObject({ id: a.userId, name: "Admin" });
  });

  it("updates over the loaded version, diffs before/after in the activity and refuses a stale version", async () => {
    const { id } = await createServiceRecord(a.ctx, recordInput(refsA));
    const saved = await updateServiceRecord(a.ctx, { ...recordInput(refsA), id, version: 1, subject: "Install two cameras", fee: "300" });
    expect(saved).toEqual({ id, version: 2 });
    const rows = await activityRows(a, id);
    expect(rows.map((r) => r.kind)).toEqual(["service.created", "service.updated"]);
    expect(rows[1]!.changes).toEqual({
      subject: { from: "Install a video camera", to: "Install two cameras" },
      fee: { from: null, to: "300.00" },
    });

    // Saving the same values again changes nothing and writes no activity.
    expect(await updateServiceRecord(a.ctx, { ...recordInput(refsA), id, version: 2, subject: "Install two cameras", fee: "300" })).toEqual({
      id,
      version: 2,
    });
    expect(await activityRows(a, id)).toHaveLength(2);

    const error = await caught(updateServiceRecord(a.ctx, { ...recordInput(refsA), id, version: 1, subject: "Lost edit" }), ConflictError);
    expect(error.code).toBe("staleVersion");
    expect((await rowOf(id)).subject).toBe("Install two cameras");
  });

  it("stores the product's name as the subject when the subject is a catalogue product", async () => {
    const { id } = await createServiceRecord(a.ctx, recordInput(refsA));
    await updateServiceRecord(a.ctx, {
      ...recordInput(refsA),
      id,
      version: 1,
      subjectKind: "product",
      productId: refsA.productId,
      subject: "typed by the client",
    });
    const record = await getServiceRecord(a.ctx, { id });
    expect(record).toMatchObject({
      subjectKind: "product",
      subject: "A Video camera",
      product: { id: refsA.productId, code: "CAM-1", price: "1250.50" },
    });
  });

  it("refuses missing or malformed fields next to the field", async () => {
    const error = await caught(
      createServiceRecord(a.ctx, recordInput(refsA, { subject: "", requestDate: "27.02.2015", plannedEnd: "2015-03-01T00:00:00.000Z" })),
      ValidationError,
    );
    expect(error.fieldErrors).toMatchObject({ subject: "required", requestDate: "invalid", plannedEnd: "endBeforeStart" });
  });

  it("gives the service form a customer's details and contacts", async () => {
    const customer = await getServiceCustomer(a.ctx, { id: refsA.customerId });
    expect(customer).toMatchObject({ accountCode: "A-001", email: "info@kamera.test", region: null });
    expect(customer.contacts).toEqual([expect.objectContaining({ id: refsA.contactId, isPrimary: true })]);
  });
});

describe("status changes", () => {
  it("starts work (setting the actual start once) and cancels, each with its activity", async () => {
    const { id } = await createServiceRecord(a.ctx, recordInput(refsA));
    expect(await changeServiceStatus(a.ctx, { id, status: "in_progress" })).toMatchObject({ status: "in_progress", version: 2 });
    const started = await rowOf(id);
    expect(started.actualStart).toBeInstanceOf(Date);
    // In progress it may wait (for the customer, for parts: issue 11) or be cancelled.
    expect((await getServiceRecord(a.ctx, { id })).nextStatuses).toEqual(["waiting_for_customer", "waiting_for_parts", "cancelled"]);

    await changeServiceStatus(a.ctx, { id, status: "cancelled" });
    const rows = await activityRows(a, id);
    expect(rows.map((r) => r.kind)).toEqual(["service.created", "service.statusChanged", "service.statusChanged"]);
    expect(rows[2]!.changes).toEqual({ status: { from: "in_progress", to: "cancelled" } });
    expect((await getServiceRecord(a.ctx, { id })).nextStatuses).toEqual([]);
  });

  it("refuses moves the flow or this verb does not allow, changing nothing", async () => {
    const { id } = await createServiceRecord(a.ctx, recordInput(refsA));
    // Targets with their own verbs are not reachable here, whatever the flow says.
    for (const status of ["completed", "approved", "closed", "assigned"] as const) {
      const error = await caught(changeServiceStatus(a.ctx, { id, status }), ConflictError);
      expect(error.code).toBe("invalidTransition");
    }
    expect(await rowOf(id)).toMatchObject({ status: "new", version: 1 });
    expect(await activityRows(a, id)).toHaveLength(1);

    await changeServiceStatus(a.ctx, { id, status: "cancelled" });
    const error = await caught(changeServiceStatus(a.ctx, { id, status: "in_progress" }), ConflictError);
    expect(error.code).toBe("invalidTransition");
    expect(await rowOf(id)).toMatchObject({ status: "cancelled", version: 2, actualStart: null });
    expect(await activityRows(a, id)).toHaveLength(2);
  });

  it("refuses cancelling a completed record", async () => {
    const { id } = await createServiceRecord(a.ctx, recordInput(refsA));
    await db.update(serviceRecords).set({ status: "completed" }).where(eq(serviceRecords.id, id));
    const error = await caught(changeServiceStatus(a.ctx, { id, status: "cancelled" }), ConflictError);
    expect(error.code).toBe("invalidTransition");
    expect((await rowOf(id)).status).toBe("completed");
  });
});

describe("the service list", () => {
  it("filters by status, type, assignee, customer and request date", async () => {
    const org = await createOrg("Service list filters");
    const refs = await setUpRefs(org, "F");
    const tech = await addMember(org, "edit");
    const { id: other } = await createCustomer(org.ctx, { name: "Other", type: "customer", status: "first_contact", contact: { name: "X" } });
    const first = await createServiceRecord(org.ctx, recordInput(refs, { requestDate: "2025-01-10" }));
    const second = await createServiceRecord(org.ctx, recordInput(refs, { requestDate: "2025-02-10", serviceTypeId: "" }));
    const third = await createServiceRecord(org.ctx, { ...recordInput(refs, { requestDate: "2025-03-10" }), customerId: other, contactId: "" });
    await changeServiceStatus(org.ctx, { id: second.id, status: "in_progress" });
    await db
      .insert(serviceAssignments)
      .values({ orgId: org.orgId, recordId: third.id, userId: tech.userId, tokenHash: randomBytes(32).toString("hex") });

    const ids = async (query: Record<string, unknown>) => (await listServiceRecords(org.ctx, query)).rows.map((r) => r.id);
    expect(await ids({})).toEqual([third.id, second.id, first.id]);
    expect(await ids({ status: "in_progress" })).toEqual([second.id]);
    expect(await ids({ status: "new,in_progress" })).toEqual([third.id, second.id, first.id]);
    expect(await ids({ type: refs.typeId })).toEqual([third.id, first.id]);
    expect(await ids({ assignee: tech.userId })).toEqual([third.id]);
    expect(await ids({ customer: refs.customerId })).toEqual([second.id, first.id]);
    expect(await ids({ from: "2025-02-01", to: "2025-02-28" })).toEqual([second.id]);
    // Junk in the URL is ignored, not an error.
    expect(await ids({ status: "bogus", type: "nope", from: "yesterday", after: "%%%" })).toEqual([third.id, second.id, first.id]);

    const page = await listServiceRecords(org.ctx, { assignee: tech.userId }, "tr");
    expect(page.rows).toHaveLength(1);
    expect(await countServiceRecords(org.ctx, { assignee: tech.userId })).toBe(1);
    expect(page.rows[0]).toMatchObject({
      number: third.number,
      customer: { id: other, name: "Other" },
      serviceType: "Kurulum",
      priority: "Düşük",
      assignees: [{ userId: tech.userId, name: "User edit", response: "pending" }],
    });
  });

  it("pages newest first by keyset and returns every row exactly once", async () => {
    const org = await createOrg("Service list paging");
    const refs = await setUpRefs(org, "P");
    const total = PAGE_SIZE + 7;
    // Same created_at for many rows: the id breaks ties, so no row is skipped or repeated.
    await db.insert(serviceRecords).values(
      Array.from({ length: total }, (_, i) => ({
        orgId: org.orgId,
        number: 5000 + i,
        customerId: refs.customerId,
        requestDate: "2025-05-01",
        subject: `Bulk ${i}`,
        createdAt: new Date(Date.UTC(2025, 4, 1, 0, 0, Math.floor(i / 10))),
      })),
    );
    const first = await listServiceRecords(org.ctx, {});
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(await countServiceRecords(org.ctx, {})).toBe(total);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await listServiceRecords(org.ctx, { after: first.nextCursor });
    expect(second.rows).toHaveLength(7);
    expect(second.nextCursor).toBeNull();
    const all = [...first.rows, ...second.rows];
    expect(new Set(all.map((r) => r.id)).size).toBe(total);
    const times = all.map((r) => r.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("lists a customer's records newest request first", async () => {
    const org = await createOrg("Customer records");
    const refs = await setUpRefs(org, "C");
    const older = await createServiceRecord(org.ctx, recordInput(refs, { requestDate: "2025-01-01" }));
    const newer = await createServiceRecord(org.ctx, recordInput(refs, { requestDate: "2025-06-01" }));
    const rows = await listCustomerServiceRecords(org.ctx, { customerId: refs.customerId }, "en");
    expect(rows.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(rows[0]).toMatchObject({ status: "new", serviceType: "Installation", requestDate: "2025-06-01" });
    expect(await listCustomerServiceRecords(org.ctx, { customerId: refs.customerId, limit: 1 })).toHaveLength(1);
  });
});

describe("cross-org isolation", () => {
  let recordB: string;
  beforeAll(async () => {
    recordB = (await createServiceRecord(b.ctx, recordInput(refsB))).id;
  });

  it("treats another org's record as not found for every verb", async () => {
    await caught(getServiceRecord(a.ctx, { id: recordB }), NotFoundError);
    await caught(updateServiceRecord(a.ctx, { ...recordInput(refsA), id: recordB, version: 1 }), NotFoundError);
    await caught(changeServiceStatus(a.ctx, { id: recordB, status: "cancelled" }), NotFoundError);
    await caught(getServiceCustomer(a.ctx, { id: refsB.customerId }), NotFoundError);
    expect(await rowOf(recordB)).toMatchObject({ status: "new", version: 1 });
  });

  it("never lists another org's rows", async () => {
    const listed = await listServiceRecords(a.ctx, {});
    expect(listed.rows.some((r) => r.id === recordB)).toBe(false);
    expect((await listServiceRecords(a.ctx, { customer: refsB.customerId })).rows).toEqual([]);
    expect(await listCustomerServiceRecords(a.ctx, { customerId: refsB.customerId })).toEqual([]);
    expect((await listProducts(a.ctx)).some((p) => p.id === refsB.productId)).toBe(false);
  });

  it("refuses another org's customer, contact, picklist items and product as field errors", async () => {
    const error = await caught(
      createServiceRecord(a.ctx, {
        ...recordInput(refsB),
        subjectKind: "product",
        productId: refsB.productId,
      }),
      ValidationError,
    );
    expect(error.fieldErrors).toMatchObject({
      customerId: "invalid",
      contactId: "invalid",
      serviceTypeId: "invalid",
      priorityId: "invalid",
      productId: "invalid",
    });
    const { id } = await createServiceRecord(a.ctx, recordInput(refsA));
    const onUpdate = await caught(updateServiceRecord(a.ctx, { ...recordInput(refsA), id, version: 1, contactId: refsB.contactId }), ValidationError);
    expect(onUpdate.fieldErrors).toEqual({ contactId: "invalid" });
    expect(await activityRows(a, id)).toHaveLength(1);
  });

  it("refuses another org's product in the catalogue verbs", async () => {
    await caught(updateProduct(a.ctx, { id: refsB.productId, name: "Taken over" }), NotFoundError);
    await caught(archiveProduct(a.ctx, { id: refsB.productId }), NotFoundError);
  });
});

describe("permission boundaries", () => {
  it("lets View read, Contribute create, Edit update and change status", async () => {
    const view = await addMember(a, "view");
    const contribute = await addMember(a, "contribute");
    const edit = await addMember(a, "edit");
    const none = await addMember(a, "none");
    const { id } = await createServiceRecord(a.ctx, recordInput(refsA));

    await caught(getServiceRecord(none.ctx, { id }), ForbiddenError);
    await caught(listServiceRecords(none.ctx, {}), ForbiddenError);
    expect((await getServiceRecord(view.ctx, { id })).id).toBe(id);
    expect((await listServiceRecords(view.ctx, {})).rows.length).toBeGreaterThan(0);
    await caught(createServiceRecord(view.ctx, recordInput(refsA)), ForbiddenError);

    const created = await createServiceRecord(contribute.ctx, recordInput(refsA));
    await caught(updateServiceRecord(contribute.ctx, { ...recordInput(refsA), id: created.id, version: 1, subject: "x" }), ForbiddenError);
    await caught(changeServiceStatus(contribute.ctx, { id, status: "in_progress" }), ForbiddenError);

    await updateServiceRecord(edit.ctx, { ...recordInput(refsA), id, version: 1, subject: "Edited" });
    await changeServiceStatus(edit.ctx, { id, status: "in_progress" });
    expect(await rowOf(id)).toMatchObject({ subject: "Edited", status: "in_progress", version: 3 });
  });

  it("keeps the product catalogue to Manage, its list to anyone who sees service records", async () => {
    const edit = await addMember(a, "edit");
    const view = await addMember(a, "view");
    await caught(createProduct(edit.ctx, { name: "Router" }), ForbiddenError);
    await caught(updateProduct(edit.ctx, { id: refsA.productId, name: "Router" }), ForbiddenError);
    await caught(archiveProduct(edit.ctx, { id: refsA.productId }), ForbiddenError);
    await caught(listProductsForEditing(edit.ctx), ForbiddenError);
    expect((await listProducts(view.ctx)).map((p) => p.id)).toContain(refsA.productId);
  });
});

describe("the product catalogue", () => {
  it("keeps codes unique per org, not across orgs, and archives", async () => {
    const error = await caught(createProduct(a.ctx, { name: "Second camera", code: "CAM-1" }), ValidationError);
    expect(error.fieldErrors).toEqual({ code: "codeTaken" });
    // Org B has its own CAM-1 already (setUpRefs); a new code in A is fine.
    const { id } = await createProduct(a.ctx, { name: "Router", code: "RT-1", price: "99,9" });
    const renamed = await caught(updateProduct(a.ctx, { id, name: "Router", code: "CAM-1" }), ValidationError);
    expect(renamed.fieldErrors).toEqual({ code: "codeTaken" });
    await updateProduct(a.ctx, { id, name: "Router AX", code: "RT-1", unit: "pcs", price: "1 250" });
    expect((await listProducts(a.ctx)).find((p) => p.id === id)).toMatchObject({ name: "Router AX", price: "1250.00", unit: "pcs" });

    await archiveProduct(a.ctx, { id });
    expect((await listProducts(a.ctx)).some((p) => p.id === id)).toBe(false);
    await caught(archiveProduct(a.ctx, { id }), NotFoundError);
  });

  it("refuses a product without a name or with a bad price", async () => {
    const error = await caught(createProduct(a.ctx, { name: " ", price: "abc" }), ValidationError);
    expect(error.fieldErrors).toEqual({ name: "required", price: "invalid" });
  });
});

describe("assigning people while filing", () => {
  it("assigns and e-mails them in the same transaction as the record", async () => {
    const tech = await addMember(a, "edit");
    const { id } = await createServiceRecord(a.ctx, recordInput(refsA, { assigneeIds: [tech.userId] }));
    const assigned = await db
      .select()
      .from(serviceAssignments)
      .where(and(eq(serviceAssignments.orgId, a.orgId), eq(serviceAssignments.recordId, id)));
    expect(assigned.map((r) => [r.userId, r.response])).toEqual([[tech.userId, "pending"]]);
    expect((await rowOf(id))!.status).toBe("assigned");
    const mails = await db
      .select({ to: emailOutbox.to })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.orgId, a.orgId), eq(emailOutbox.to, tech.email)));
    expect(mails).toHaveLength(1);
  });

  it("needs the right to assign, and a non-member as assignee files nothing", async () => {
    const contributor = await addMember(a, "contribute");
    const before = await countServiceRecords(a.ctx, {});
    await caught(createServiceRecord(contributor.ctx, recordInput(refsA, { assigneeIds: [a.userId] })), ForbiddenError);
    const error = await caught(createServiceRecord(a.ctx, recordInput(refsA, { assigneeIds: [b.userId] })), ValidationError);
    expect(error.fieldErrors).toEqual({ assigneeIds: "invalid" });
    expect(await countServiceRecords(a.ctx, {})).toBe(before);
  });
});
