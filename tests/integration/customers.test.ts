import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, contacts, customers, notes } from "@/db/schema";
import { listActivities } from "@/lib/activity/list-activities";
import { createContact } from "@/lib/contacts/create-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { createCustomer } from "@/lib/customers/create-customer";
import { getCustomer } from "@/lib/customers/get-customer";
import { countCustomers } from "@/lib/customers/count-customers";
import { listCustomers, PAGE_SIZE } from "@/lib/customers/list-customers";
import { removeCustomer } from "@/lib/customers/remove-customer";
import { updateCustomer } from "@/lib/customers/update-customer";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { addNote } from "@/lib/notes/add-note";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;

const base = { type: "customer", status: "first_contact" } as const;
function customerInput(name: string, extra: Record<string, unknown> = {}) {
  return { ...base, name, contact: { name: `${name} Contact` }, ...extra };
}

let a: Org;
let b: Org;

beforeAll(async () => {
  a = await createOrg("Customers A", { phoneCountry: "TR" });
  b = await createOrg("Customers B");
});
afterAll(closeConnections);

async function activityKinds(org: Org, entityId: string) {
  const rows = await db
    .select({ kind: activities.kind })
    .from(activities)
    .where(and(eq(activities.orgId, org.orgId), eq(activities.entityId, entityId)));
  return rows.map((r) => r.kind);
}

describe("creating a customer", () => {
  it("stores normalised fields, makes the typed contact primary and records the activity", async () => {
    const { id } = await createCustomer(
      a.ctx,
      customerInput("Işık Elektrik A.Ş.", {
        accountCode: "C-001",
        phone: "0212 555 01 02",
        email: " Info@Isik.com.tr ",
        website: "isik.com.tr",
        taxId: "",
        contact: { name: "Mehmet Işık", email: "mehmet@isik.com.tr", phone: "+90 532 111 22 33" },
      }),
    );
    const customer = await getCustomer(a.ctx, { id });
    expect(customer).toMatchObject({
      name: "Işık Elektrik A.Ş.",
      accountCode: "C-001",
      phone: "+902125550102",
      email: "info@isik.com.tr",
      website: "https://isik.com.tr",
      taxId: null,
      version: 1,
    });
    expect(customer.contacts).toEqual([expect.objectContaining({ name: "Mehmet Işık", isPrimary: true, phone: "+905321112233" })]);
    expect(await activityKinds(a, id)).toEqual(["customer.created"]);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const before = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(customers)
      .where(eq(customers.orgId, a.orgId));
    const error = await caught(createCustomer(a.ctx, customerInput("", { phone: "12", email: "nope", taxId: "1234567891" })), ValidationError);
    expect(error.fieldErrors).toMatchObject({ name: "required", phone: "phone", email: "email", taxId: "taxIdChecksum" });
    const after = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(customers)
      .where(eq(customers.orgId, a.orgId));
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("keeps account codes unique per org, not across orgs", async () => {
    await createCustomer(a.ctx, customerInput("Code Holder", { accountCode: "DUP-1" }));
    const error = await caught(createCustomer(a.ctx, customerInput("Code Taker", { accountCode: "DUP-1" })), ValidationError);
    expect(error.fieldErrors).toEqual({ accountCode: "accountCodeTaken" });
    await expect(createCustomer(b.ctx, customerInput("Other Org", { accountCode: "DUP-1" }))).resolves.toHaveProperty("id");
  });
});

describe("editing a customer", () => {
  it("saves over the loaded version and records before/after of changed fields", async () => {
    const { id } = await createCustomer(a.ctx, customerInput("Versioned Ltd"));
    const loaded = await getCustomer(a.ctx, { id });
    const saved = await updateCustomer(a.ctx, { ...loaded, name: "Versioned Ltd Şti.", status: "in_talks" });
    expect(saved.version).toBe(2);
    const [activity] = await db
      .select()
      .from(activities)
      .where(and(eq(activities.orgId, a.orgId), eq(activities.entityId, id), eq(activities.kind, "customer.updated")));
    expect(activity!.changes).toEqual({
      name: { from: "Versioned Ltd", to: "Versioned Ltd Şti." },
      status: { from: "first_contact", to: "in_talks" },
    });
  });

  it("refuses a save over a newer version and changes nothing", async () => {
    const { id } = await createCustomer(a.ctx, customerInput("Contested"));
    const first = await getCustomer(a.ctx, { id });
    const second = await getCustomer(a.ctx, { id });
    await updateCustomer(a.ctx, { ...first, address: "Kadıköy, İstanbul" });
    const error = await caught(updateCustomer(a.ctx, { ...second, address: "Cluj-Napoca" }), ConflictError);
    expect(error.code).toBe("staleVersion");
    expect((await getCustomer(a.ctx, { id })).address).toBe("Kadıköy, İstanbul");
    expect((await activityKinds(a, id)).filter((k) => k === "customer.updated")).toHaveLength(1);
  });

  it("writes neither the change nor its activity when the update fails", async () => {
    await createCustomer(a.ctx, customerInput("Holds ATOM", { accountCode: "ATOM" }));
    const { id } = await createCustomer(a.ctx, customerInput("Atomic"));
    const loaded = await getCustomer(a.ctx, { id });
    await caught(updateCustomer(a.ctx, { ...loaded, name: "Atomic Renamed", accountCode: "ATOM" }), ValidationError);
    const after = await getCustomer(a.ctx, { id });
    expect(after).toMatchObject({ name: "Atomic", version: 1 });
    expect(await activityKinds(a, id)).toEqual(["customer.created"]);
  });
});

describe("deleting a customer", () => {
  it("removes its contacts, notes and activities, detaches children and records the deletion", async () => {
    const { id } = await createCustomer(a.ctx, customerInput("Doomed Dealer", { type: "dealer" }));
    const child = await createCustomer(a.ctx, customerInput("Child Customer", { parentId: id }));
    await addNote(a.ctx, { customerId: id, body: "Called about the camera installation." });
    await removeCustomer(a.ctx, { id });
    expect(
      await db
        .select()
        .from(contacts)
        .where(and(eq(contacts.orgId, a.orgId), eq(contacts.customerId, id))),
    ).toEqual([]);
    expect(
      await db
        .select()
        .from(notes)
        .where(and(eq(notes.orgId, a.orgId), eq(notes.customerId, id))),
    ).toEqual([]);
    expect(
      await db
        .select()
        .from(activities)
        .where(and(eq(activities.orgId, a.orgId), eq(activities.customerId, id))),
    ).toEqual([]);
    expect((await getCustomer(a.ctx, { id: child.id })).parentId).toBeNull();
    expect(await activityKinds(a, id)).toEqual(["customer.deleted"]);
    await caught(getCustomer(a.ctx, { id }), NotFoundError);
  });
});

describe("search", () => {
  beforeAll(async () => {
    await createCustomer(a.ctx, customerInput("İSTANBUL BİLİŞİM"));
    await createCustomer(a.ctx, customerInput("IŞIK Aydınlatma"));
    await createCustomer(a.ctx, customerInput("Țară Servicii SRL", { phone: "+40 21 555 01 02" }));
    await createCustomer(a.ctx, customerInput("Plain Co", { contact: { name: "Ștefan Munteanu", email: "stefan@plain.ro" } }));
  });

  const names = async (q: string) => (await listCustomers(a.ctx, { q })).rows.map((r) => r.name);

  it.each([
    ["istanbul", "İSTANBUL BİLİŞİM"],
    ["İstanbul", "İSTANBUL BİLİŞİM"],
    ["bilisim", "İSTANBUL BİLİŞİM"],
    ["isik", "IŞIK Aydınlatma"],
    ["ışık", "IŞIK Aydınlatma"],
    ["IŞIK", "IŞIK Aydınlatma"],
    ["tara", "Țară Servicii SRL"],
    ["ţară", "Țară Servicii SRL"],
    ["stefan", "Plain Co"],
    ["stefan@plain", "Plain Co"],
    ["215550102", "Țară Servicii SRL"],
  ])("%s finds %s", async (q, expected) => {
    expect(await names(q)).toContain(expected);
  });

  it("does not find what is not there, and treats % and _ literally", async () => {
    expect(await names("zzzz")).toEqual([]);
    expect(await names("%")).toEqual([]);
  });

  it("is served by the trigram index on the folded column", async () => {
    // Enough rows in one org that scanning the org's rows would be the slow plan.
    const org = await createOrg("Explain Org");
    await db.execute(
      sql`insert into customers (org_id, name, search_text) select ${org.orgId}, 'Firma ' || g, 'firma ' || md5(g::text) from generate_series(1, 30000) g`,
    );
    await db.execute(sql`vacuum analyze customers`);
    const plan = await db.execute(sql`explain select id from customers where org_id = ${org.orgId} and search_text like ${"%ist%"}`);
    expect(JSON.stringify(plan)).toContain("customers_search_text_idx");
  });
});

describe("the customer list", () => {
  it("pages by keyset through every row exactly once, in order", async () => {
    const org = await createOrg("Paging Org");
    await db
      .insert(customers)
      .values(
        Array.from({ length: 2 * PAGE_SIZE + 7 }, (_, i) => ({ orgId: org.orgId, name: `Firma ${String(i).padStart(3, "0")}`, searchText: "" })),
      );
    for (const dir of ["asc", "desc"] as const) {
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = await listCustomers(org.ctx, { sort: "name", dir, after });
        seen.push(...page.rows.map((r) => r.name));
        after = page.nextCursor ?? undefined;
      } while (after);
      const sorted = [...seen].sort();
      expect(seen).toEqual(dir === "asc" ? sorted : sorted.reverse());
      expect(new Set(seen).size).toBe(2 * PAGE_SIZE + 7);
    }
    expect(await countCustomers(org.ctx, {})).toBe(2 * PAGE_SIZE + 7);
  });

  it("shows 1000+ instead of counting every row", async () => {
    const org = await createOrg("Big Org");
    await db.execute(sql`insert into customers (org_id, name) select ${org.orgId}, 'Bulk ' || g from generate_series(1, 1005) g`);
    expect(await countCustomers(org.ctx, {})).toBe("1000+");
  });

  it("filters by status and type", async () => {
    const org = await createOrg("Filter Org");
    await createCustomer(org.ctx, customerInput("Active Dealer", { status: "active", type: "dealer" }));
    await createCustomer(org.ctx, customerInput("Potential Customer", { status: "potential" }));
    expect((await listCustomers(org.ctx, { status: "active" })).rows.map((r) => r.name)).toEqual(["Active Dealer"]);
    expect((await listCustomers(org.ctx, { type: "customer,distributor" })).rows.map((r) => r.name)).toEqual(["Potential Customer"]);
  });
});

describe("contacts", () => {
  it("keeps exactly one primary contact per customer", async () => {
    const { id } = await createCustomer(a.ctx, customerInput("Two Contacts"));
    const second = await createContact(a.ctx, { customerId: id, name: "Ana Pop", isPrimary: true });
    const primaries = (await getCustomer(a.ctx, { id })).contacts.filter((c) => c.isPrimary);
    expect(primaries.map((c) => c.id)).toEqual([second.id]);
    const loaded = (await getCustomer(a.ctx, { id })).contacts.find((c) => c.id === second.id)!;
    await updateContact(a.ctx, { ...loaded, title: "Director" });
    const stale = await caught(updateContact(a.ctx, { ...loaded, title: "CEO" }), ConflictError);
    expect(stale.code).toBe("staleVersion");
  });
});

describe("notes and the feed", () => {
  it("shows notes in the customer's feed, newest first, with load older by keyset", async () => {
    const { id } = await createCustomer(a.ctx, customerInput("Chatty Customer"));
    for (let i = 1; i <= 35; i++) await addNote(a.ctx, { customerId: id, body: `Note ${i}` });
    const first = await listActivities(a.ctx, { customerId: id });
    expect(first.rows[0]).toMatchObject({ kind: "note.created", summary: "Note 35", actorName: "Admin" });
    const older = await listActivities(a.ctx, { customerId: id, before: first.before! });
    const all = [...first.rows, ...older.rows];
    expect(all.map((r) => r.summary)).toEqual([...Array.from({ length: 35 }, (_, i) => `Note ${35 - i}`), "Chatty Customer"]);
    expect(older.before).toBeNull();
    expect((await listActivities(a.ctx, { customerId: id, kind: "customer.created" })).rows).toHaveLength(1);
  });
});

describe("tenancy", () => {
  it("gives NotFound for another org's ids, changes nothing there and lists none of its rows", async () => {
    const { id } = await createCustomer(b.ctx, customerInput("B Only Customer"));
    const loaded = await getCustomer(b.ctx, { id });
    await caught(getCustomer(a.ctx, { id }), NotFoundError);
    await caught(updateCustomer(a.ctx, { ...loaded, name: "Hijacked" }), NotFoundError);
    await caught(removeCustomer(a.ctx, { id }), NotFoundError);
    await caught(addNote(a.ctx, { customerId: id, body: "x" }), NotFoundError);
    await caught(createContact(a.ctx, { customerId: id, name: "Intruder" }), NotFoundError);
    await caught(updateContact(a.ctx, { ...loaded.contacts[0]!, name: "Intruder" }), NotFoundError);
    const parentError = await caught(createCustomer(a.ctx, customerInput("Sneaky", { parentId: id, salesRepId: b.userId })), ValidationError);
    expect(parentError.fieldErrors).toEqual({ parentId: "invalid", salesRepId: "invalid" });
    expect((await getCustomer(b.ctx, { id })).name).toBe("B Only Customer");
    const listA = await listCustomers(a.ctx, { q: "b only" });
    expect(listA.rows).toEqual([]);
    const feedA = await listActivities(a.ctx, {});
    expect(feedA.rows.some((r) => r.customerId === id)).toBe(false);
  });
});

describe("permission boundaries", () => {
  it("View reads, Contribute creates and notes, Edit changes, Manage deletes", async () => {
    const { id } = await createCustomer(a.ctx, customerInput("Guarded Customer"));
    const loaded = await getCustomer(a.ctx, { id });
    const none = await addMember(a, "none");
    const view = await addMember(a, "view");
    const contribute = await addMember(a, "contribute");
    const edit = await addMember(a, "edit");
    const manage = await addMember(a, "manage");

    await caught(listCustomers(none.ctx, {}), ForbiddenError);
    await caught(getCustomer(none.ctx, { id }), ForbiddenError);
    await caught(listActivities(none.ctx, {}), ForbiddenError);
    await expect(getCustomer(view.ctx, { id })).resolves.toHaveProperty("name", "Guarded Customer");
    await caught(createCustomer(view.ctx, customerInput("By Viewer")), ForbiddenError);
    await caught(addNote(view.ctx, { customerId: id, body: "x" }), ForbiddenError);

    await expect(createCustomer(contribute.ctx, customerInput("By Contributor"))).resolves.toHaveProperty("id");
    await expect(addNote(contribute.ctx, { customerId: id, body: "From contributor" })).resolves.toHaveProperty("id");
    await caught(updateCustomer(contribute.ctx, { ...loaded, name: "Changed" }), ForbiddenError);

    const saved = await updateCustomer(edit.ctx, { ...loaded, name: "Changed by editor" });
    await caught(removeCustomer(edit.ctx, { id }), ForbiddenError);
    expect(saved.version).toBe(2);

    await removeCustomer(manage.ctx, { id });
    await caught(getCustomer(manage.ctx, { id }), NotFoundError);
  });
});
