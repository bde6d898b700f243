import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { customers, customerTechnicians, memberProfiles, positionScopes, serviceRecords } from "@/db/schema";
import type { MemberPosition } from "@/db/schema/people";
import { listActivities } from "@/lib/activity/list-activities";
import { listContacts } from "@/lib/contacts/list-contacts";
import { countCustomers } from "@/lib/customers/count-customers";
import { createCustomer } from "@/lib/customers/create-customer";
import { exportCustomers } from "@/lib/customers/export-customers";
import { getCustomer } from "@/lib/customers/get-customer";
import { listCustomers } from "@/lib/customers/list-customers";
import { searchCustomerOptions } from "@/lib/customers/search-customer-options";
import { updateCustomer } from "@/lib/customers/update-customer";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { addNote } from "@/lib/notes/add-note";
import { listNotes } from "@/lib/notes/list-notes";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { addPicklistItem } from "@/lib/picklists/manage-picklist";
import { customerReport } from "@/lib/reports/customer-report";
import { countServiceRecords } from "@/lib/service/count-service-records";
import { createServiceRecord } from "@/lib/service/create-service-record";
import { getServiceRecord } from "@/lib/service/get-service-record";
import { listServiceRecords } from "@/lib/service/list-service-records";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

// Issue 10, items 1 and 3: every scope kind × every scoped entity × list / get / search / count /
// export / picker / feed / update sees exactly the rows the rules give — checked against a table
// written by hand from the fixture below, not computed by the code under test.

type Org = Awaited<ReturnType<typeof createOrg>>;
type Ctx = Org["ctx"];
let org: Org;
const people: Record<string, Ctx> = {};
const customerIds: Record<string, string> = {};
const recordIds: Record<string, string> = {};

/*
 * The org: department D1 (manager M, employee E1 reporting to M), department D2 (employee E2),
 * technician T, director Dir, an unplaced member U, the admin.
 *   c1: sales rep E1          c2: support rep E2      c3: T authorised      c4: nobody's
 *   r1 on c4, assigned to E1  r2 on c3                r3 on c4, created by E2   r4 on c4, assigned to T
 */
const EXPECTED: Record<string, { customers: string[]; records: string[] }> = {
  admin: { customers: ["c1", "c2", "c3", "c4"], records: ["r1", "r2", "r3", "r4"] },
  Dir: { customers: ["c1", "c2", "c3", "c4"], records: ["r1", "r2", "r3", "r4"] },
  U: { customers: ["c1", "c2", "c3", "c4"], records: ["r1", "r2", "r3", "r4"] },
  M: { customers: ["c1"], records: ["r1"] },
  E1: { customers: ["c1"], records: ["r1"] },
  E2: { customers: ["c2"], records: ["r3"] },
  T: { customers: ["c3"], records: ["r2", "r4"] },
};
const NAMES: Record<string, string> = { c1: "Bir Ltd", c2: "İki Ltd", c3: "Üç Ltd", c4: "Dört Ltd" };
const RECORD_CUSTOMER: Record<string, string> = { r1: "c4", r2: "c3", r3: "c4", r4: "c4" };

async function place(userId: string, profile: { position?: MemberPosition; departmentId?: string; reportsTo?: string; technician?: boolean }) {
  await db.insert(memberProfiles).values({ orgId: org.orgId, userId, ...profile });
}

const byName = (ids: string[]) => ids.map((id) => NAMES[id]!).sort();
const namesOf = (rows: { name: string }[]) => rows.map((r) => r.name).sort();
const keyOf = (map: Record<string, string>, id: string) => Object.keys(map).find((k) => map[k] === id)!;

beforeAll(async () => {
  org = await createOrg("Visibility Org");
  const admin = org.ctx;
  const d1 = (await addPicklistItem(admin, { list: "department", labels: { en: "Service", tr: "Servis", ro: "Service" } })).id;
  const d2 = (await addPicklistItem(admin, { list: "department", labels: { en: "Sales", tr: "Satış", ro: "Vânzări" } })).id;
  const member = async () => (await addMember(org, "edit")).userId;
  const ids = { M: await member(), E1: await member(), E2: await member(), T: await member(), Dir: await member(), U: await member() };
  await place(ids.M, { position: "manager", departmentId: d1 });
  await place(ids.E1, { position: "employee", departmentId: d1, reportsTo: ids.M });
  await place(ids.E2, { position: "employee", departmentId: d2 });
  await place(ids.T, { technician: true });
  await place(ids.Dir, { position: "director" });

  const customer = async (key: string, extra: Record<string, unknown>) => {
    const { id } = await createCustomer(admin, {
      name: NAMES[key]!,
      type: "customer",
      status: "first_contact",
      contact: { name: `${NAMES[key]} Kişi` },
      ...extra,
    });
    customerIds[key] = id;
    await addNote(admin, { customerId: id, body: `Not ${NAMES[key]}` });
  };
  await customer("c1", { salesRepId: ids.E1 });
  await customer("c2", { supportRepId: ids.E2 });
  await customer("c3", {});
  await customer("c4", {});
  await db.insert(customerTechnicians).values({ orgId: org.orgId, customerId: customerIds.c3!, userId: ids.T });

  const record = async (key: string, customerKey: string, assigneeIds: string[]) => {
    const { id } = await createServiceRecord(admin, {
      customerId: customerIds[customerKey],
      requestDate: "2026-11-02",
      subjectKind: "text",
      subject: `Kayıt ${key}`,
      assigneeIds,
    });
    recordIds[key] = id;
  };
  await record("r1", "c4", [ids.E1]);
  await record("r2", "c3", []);
  await record("r3", "c4", []);
  await record("r4", "c4", [ids.T]);
  await db
    .update(serviceRecords)
    .set({ createdById: ids.E2 })
    .where(and(eq(serviceRecords.orgId, org.orgId), eq(serviceRecords.id, recordIds.r3!)));

  people.admin = admin;
  for (const [key, userId] of Object.entries(ids)) people[key] = await loadOrgContext(userId, org.orgSlug);
});
afterAll(closeConnections);

describe.each(Object.keys(EXPECTED))("%s", (who) => {
  const expected = EXPECTED[who]!;
  const ctx = () => people[who]!;

  it("lists, counts, searches, picks and exports exactly the customers in scope", async () => {
    expect(namesOf((await listCustomers(ctx(), {})).rows)).toEqual(byName(expected.customers));
    expect(await countCustomers(ctx(), {})).toBe(expected.customers.length);
    // "ltd" matches every customer: the search narrows nothing, the scope does.
    expect(namesOf((await listCustomers(ctx(), { q: "ltd" })).rows)).toEqual(byName(expected.customers));
    expect(namesOf(await searchCustomerOptions(ctx(), { q: "ltd" }, "en"))).toEqual(byName(expected.customers));
    const exported = await exportCustomers(ctx(), {}, { locale: "en" });
    expect(exported.table.rows.map((row) => row[0]).sort()).toEqual(byName(expected.customers));
  });

  it("opens a customer in scope and gets NotFound for one outside it", async () => {
    for (const key of Object.keys(NAMES)) {
      if (expected.customers.includes(key)) expect((await getCustomer(ctx(), { id: customerIds[key] })).name).toBe(NAMES[key]);
      else await caught(getCustomer(ctx(), { id: customerIds[key] }), NotFoundError);
    }
  });

  it("sees the contacts, notes and feed entries of its customers only", async () => {
    expect(namesOf((await listContacts(ctx(), {})).rows)).toEqual(
      byName(expected.customers)
        .map((name) => `${name} Kişi`)
        .sort(),
    );
    for (const key of expected.customers) expect((await listNotes(ctx(), { customerId: customerIds[key] })).rows).toHaveLength(1);
    // Every feed entry is about a customer or a record in scope, and every customer in scope has its entries.
    const feed = (await listActivities(ctx(), {})).rows;
    const ownCustomers = new Set(expected.customers.map((key) => customerIds[key]));
    const ownRecords = new Set(expected.records.map((key) => recordIds[key]));
    for (const row of feed) expect(ownCustomers.has(row.customerId ?? "") || ownRecords.has(row.entityId)).toBe(true);
    for (const id of ownCustomers) expect(feed.some((row) => row.customerId === id && row.entityId === id)).toBe(true);
    // A record's entries ("service.created" …) come with the record, even when its customer is out of scope.
    for (const id of ownRecords) expect(feed.some((row) => row.entityId === id)).toBe(true);
  });

  it("lists, counts and opens exactly the service records in scope", async () => {
    const listed = (await listServiceRecords(ctx(), {})).rows.map((r) => keyOf(recordIds, r.id)).sort();
    expect(listed).toEqual(expected.records);
    expect(await countServiceRecords(ctx(), {})).toBe(expected.records.length);
    for (const key of Object.keys(recordIds)) {
      if (expected.records.includes(key)) expect((await getServiceRecord(ctx(), { id: recordIds[key] })).id).toBe(recordIds[key]);
      else await caught(getServiceRecord(ctx(), { id: recordIds[key] }), NotFoundError);
    }
  });
});

describe.each(Object.keys(EXPECTED))("Report 1 for %s", (who) => {
  it("covers only customers in scope, and only their records in scope", async () => {
    const expected = EXPECTED[who]!;
    for (const key of Object.keys(NAMES)) {
      const run = customerReport(people[who]!, { customerId: customerIds[key], from: "2026-11-01", to: "2026-11-30" });
      if (!expected.customers.includes(key)) {
        await caught(run, NotFoundError);
        continue;
      }
      const shown = (await run).rows.map((row) => keyOf(recordIds, row.id)).sort();
      expect(shown).toEqual(expected.records.filter((r) => RECORD_CUSTOMER[r] === key));
    }
  });
});

describe("write scope", () => {
  it("lets an employee change what they are responsible for and hides a colleague's customer", async () => {
    const e1 = people.E1!;
    const mine = await getCustomer(e1, { id: customerIds.c1 });
    await updateCustomer(e1, { ...mine, name: "Bir Ltd" });
    await caught(updateCustomer(e1, { ...mine, id: customerIds.c2, version: 1, name: "Stolen" }), NotFoundError);
    const [c2] = await db
      .select({ name: customers.name })
      .from(customers)
      .where(and(eq(customers.orgId, org.orgId), eq(customers.id, customerIds.c2!)));
    expect(c2!.name).toBe(NAMES.c2);
  });

  it("keeps a customer its scoped creator adds in their sight", async () => {
    const added = await createCustomer(people.E2!, { name: "Yeni Ltd", type: "customer", status: "first_contact", contact: { name: "Yeni Kişi" } });
    expect((await getCustomer(people.E2!, added)).salesRepId).toBe(people.E2!.actor.userId);
    const byTechnician = await createCustomer(people.T!, {
      name: "Saha Ltd",
      type: "customer",
      status: "first_contact",
      contact: { name: "Saha Kişi" },
    });
    expect((await getCustomer(people.T!, byTechnician)).name).toBe("Saha Ltd");
    // Neither leaks to the other.
    await caught(getCustomer(people.E2!, byTechnician), NotFoundError);
    await caught(getCustomer(people.T!, added), NotFoundError);
    for (const id of [added.id, byTechnician.id]) await db.delete(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.id, id)));
  });

  it("refuses a change inside the read scope but outside a narrower write scope as Forbidden", async () => {
    // Managers of this org may read their department but change only their own customers.
    await db.insert(positionScopes).values({ orgId: org.orgId, position: "manager", readScope: "department", writeScope: "responsible" });
    const manager = await loadOrgContext(people.M!.actor.userId, org.orgSlug);
    const c1 = await getCustomer(manager, { id: customerIds.c1 });
    await caught(updateCustomer(manager, { ...c1, name: "Changed" }), ForbiddenError);
    await caught(updateCustomer(manager, { ...c1, id: customerIds.c4, version: 1, name: "Changed" }), NotFoundError);
    await db.delete(positionScopes).where(eq(positionScopes.orgId, org.orgId));
  });
});
