import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { contacts } from "@/db/schema";
import { createContact } from "@/lib/contacts/create-contact";
import { listContacts, PAGE_SIZE } from "@/lib/contacts/list-contacts";
import { createCustomer } from "@/lib/customers/create-customer";
import { getCustomer } from "@/lib/customers/get-customer";
import { updateCustomer } from "@/lib/customers/update-customer";
import { ForbiddenError } from "@/lib/errors";
import { searchDocument } from "@/lib/search/fold";
import { addMember, createOrg } from "./factories";
import { caught, closeConnections } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;

/** A customer through the real verb; its contact becomes the primary one. */
async function customerWith(org: Org, name: string, contact: Record<string, unknown>) {
  return createCustomer(org.ctx, { type: "customer", status: "first_contact", name, contact });
}

let a: Org;
let b: Org;
let isik: { id: string };

beforeAll(async () => {
  a = await createOrg("Contacts A", { phoneCountry: "TR" });
  b = await createOrg("Contacts B");
  isik = await customerWith(a, "Işık Elektrik", {
    name: "AYŞE YILMAZ",
    title: "Satın Alma Müdürü",
    email: "ayse@isik.com.tr",
    phone: "+90 532 111 22 33",
  });
  await createContact(a.ctx, {
    customerId: isik.id,
    name: "İbrahim Öztürk",
    role: "Teknik servis",
    phone: "0212 555 01 02",
    preferredMethod: "whatsapp",
  });
  await createContact(a.ctx, { customerId: isik.id, name: "Eski Çalışan", active: false });
  const carpati = await customerWith(a, "Carpați Instal SRL", { name: "Ștefan Munteanu", email: "stefan@carpati.ro", phone: "+40 21 555 01 02" });
  await createContact(a.ctx, { customerId: carpati.id, name: "Ioana Țîrcă", title: "Director 100%_sigur" });
  // Org B: names that org A's searches would match if tenancy leaked.
  await customerWith(b, "B Ayşe Ticaret", { name: "Ayşe Başka", phone: "+90 532 111 22 33" });
});
afterAll(closeConnections);

const names = async (org: { ctx: Org["ctx"] }, input: Record<string, unknown>) => (await listContacts(org.ctx, input)).rows.map((r) => r.name);

describe("the contacts list", () => {
  it("lists every contact of the org by name, shaped for the page with its customer", async () => {
    const page = await listContacts(a.ctx, {});
    expect(page.rows.map((r) => r.name).sort()).toEqual(["AYŞE YILMAZ", "Eski Çalışan", "Ioana Țîrcă", "Ștefan Munteanu", "İbrahim Öztürk"].sort());
    expect(page.rows.map((r) => r.id)).toEqual((await inDbOrder(a.orgId)).map((r) => r.id));
    expect(page.nextCursor).toBeNull();
    const ayse = page.rows.find((r) => r.name === "AYŞE YILMAZ");
    expect(ayse).toEqual({
      id: expect.any(String),
      name: "AYŞE YILMAZ",
      title: "Satın Alma Müdürü",
      role: null,
      email: "ayse@isik.com.tr",
      phone: "+905321112233",
      phoneLabel: "+90 532 111 22 33",
      preferredMethod: null,
      active: true,
      isPrimary: true,
      customer: { id: isik.id, name: "Işık Elektrik" },
    });
    // Plain objects only: nothing the page does not show (org id, search text, version).
    expect(Object.keys(ayse!).sort()).toEqual([
      "active",
      "customer",
      "email",
      "id",
      "isPrimary",
      "name",
      "phone",
      "phoneLabel",
      "preferredMethod",
      "role",
      "title",
    ]);
    expect(page.rows.find((r) => r.name === "İbrahim Öztürk")).toMatchObject({
      isPrimary: false,
      preferredMethod: "whatsapp",
      phone: "+902125550102",
    });
  });

  it.each([
    ["ayse", "AYŞE YILMAZ"],
    ["AYŞE", "AYŞE YILMAZ"],
    ["yılmaz", "AYŞE YILMAZ"],
    ["satin alma", "AYŞE YILMAZ"],
    ["ayse@isik", "AYŞE YILMAZ"],
    ["stefan", "Ștefan Munteanu"],
    ["ştefan", "Ștefan Munteanu"],
    ["tirca", "Ioana Țîrcă"],
    ["ibrahim", "İbrahim Öztürk"],
    ["İBRAHİM", "İbrahim Öztürk"],
    ["teknik", "İbrahim Öztürk"],
    ["5321112233", "AYŞE YILMAZ"],
    ["0532 111 22 33", "AYŞE YILMAZ"],
    ["+90 (532) 111-22-33", "AYŞE YILMAZ"],
    ["215550102", "Ștefan Munteanu"],
    ["0212 555 01 02", "İbrahim Öztürk"],
  ])("searching %s finds %s", async (q, expected) => {
    expect(await names(a, { q })).toEqual([expected]);
  });

  it("finds everyone at a company by the company's name, and follows a rename", async () => {
    expect(await names(a, { q: "carpati instal" })).toEqual(["Ioana Țîrcă", "Ștefan Munteanu"]);
    const current = await getCustomer(a.ctx, { id: isik.id });
    const { contacts: _contacts, createdAt: _c, updatedAt: _u, ...fields } = current;
    await updateCustomer(a.ctx, { ...fields, name: "Işıklı Aydınlatma", version: current.version });
    expect(await names(a, { q: "aydinlatma" })).toEqual(["AYŞE YILMAZ", "Eski Çalışan", "İbrahim Öztürk"]);
    expect(await names(a, { q: "isik elektrik" })).toEqual([]);
    await updateCustomer(a.ctx, { ...fields, version: current.version + 1 });
  });

  it("treats % and _ literally and finds nothing that is not there", async () => {
    expect(await names(a, { q: "zzzz" })).toEqual([]);
    expect(await names(a, { q: "%" })).toEqual(["Ioana Țîrcă"]);
    expect(await names(a, { q: "_" })).toEqual(["Ioana Țîrcă"]);
    expect(await names(a, { q: "100%_s" })).toEqual(["Ioana Țîrcă"]);
    expect(await names(a, { q: "0%1" })).toEqual([]);
  });

  it("filters active and passive contacts, and combines the filter with search", async () => {
    expect(await names(a, { status: "passive" })).toEqual(["Eski Çalışan"]);
    expect(await names(a, { status: "active" })).not.toContain("Eski Çalışan");
    expect(await names(a, { status: "active" })).toHaveLength(4);
    expect(await names(a, { status: "passive", q: "calisan" })).toEqual(["Eski Çalışan"]);
    expect(await names(a, { status: "active", q: "calisan" })).toEqual([]);
  });

  it("ignores URL values it does not understand instead of failing", async () => {
    const all = await names(a, {});
    expect(await names(a, { status: "archived", cursor: "not-a-cursor" })).toEqual(all);
    expect(await names(a, { q: "   " })).toEqual(all);
  });
});

describe("keyset pages", () => {
  it("cover every row exactly once, in name order, ties broken by id", async () => {
    const org = await createOrg("Contacts Paging");
    const { id: customerId } = await customerWith(org, "Büyük Müşteri", { name: "Aaa Primary" });
    const total = 2 * PAGE_SIZE + 7;
    // Every third name repeats, so pages must also break ties on id.
    const values = Array.from({ length: total - 1 }, (_, i) => {
      const name = `Kişi ${String(Math.floor(i / 3)).padStart(3, "0")}`;
      return { orgId: org.orgId, customerId, name, searchText: searchDocument([name]) };
    });
    await db.insert(contacts).values(values);

    const seen: { id: string; name: string }[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listContacts(org.ctx, { cursor });
      expect(page.rows.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...page.rows.map((r) => ({ id: r.id, name: r.name })));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);

    expect(pages).toBe(3);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((r) => r.id)).size).toBe(total);
    // Same order as the database's own ORDER BY name, id.
    expect(seen).toEqual(await inDbOrder(org.orgId));
  });

  it("pages a search too, and the cursor keeps the filter's rows only", async () => {
    const org = await createOrg("Contacts Search Paging");
    const { id: customerId } = await customerWith(org, "Arama Müşteri", { name: "Başka Biri" });
    const values = Array.from({ length: PAGE_SIZE + 3 }, (_, i) => {
      const name = `Şükrü ${String(i).padStart(3, "0")}`;
      return { orgId: org.orgId, customerId, name, searchText: searchDocument([name]) };
    });
    await db.insert(contacts).values(values);
    const first = await listContacts(org.ctx, { q: "sukru" });
    expect(first.rows).toHaveLength(PAGE_SIZE);
    const second = await listContacts(org.ctx, { q: "sukru", cursor: first.nextCursor });
    expect(second.rows.map((r) => r.name)).toEqual(["Şükrü 050", "Şükrü 051", "Şükrü 052"]);
    expect(second.nextCursor).toBeNull();
  });
});

describe("tenancy", () => {
  it("never lists another org's contacts, with or without a search", async () => {
    const all = await listContacts(a.ctx, {});
    expect(all.rows.map((r) => r.name)).not.toContain("Ayşe Başka");
    expect(all.rows.every((r) => r.customer.name !== "B Ayşe Ticaret")).toBe(true);
    expect(await names(a, { q: "baska" })).toEqual([]);
    expect(await names(a, { q: "ayse" })).toEqual(["AYŞE YILMAZ"]);
    expect(await names(a, { q: "5321112233" })).toEqual(["AYŞE YILMAZ"]);
    expect(await names(b, { q: "ayse" })).toEqual(["Ayşe Başka"]);
    expect(await names(b, {})).toEqual(["Ayşe Başka"]);
  });
});

describe("permission boundaries", () => {
  it("View lists contacts; None is refused", async () => {
    const view = await addMember(a, "view");
    const none = await addMember(a, "none");
    expect(await names(view, { q: "stefan" })).toEqual(["Ștefan Munteanu"]);
    await caught(listContacts(none.ctx, {}), ForbiddenError);
  });
});

/** The org's contacts in the database's own ORDER BY name, id (its collation decides where Ș goes). */
function inDbOrder(orgId: string) {
  return db
    .select({ id: contacts.id, name: contacts.name })
    .from(contacts)
    .where(eq(contacts.orgId, orgId))
    .orderBy(asc(contacts.name), asc(contacts.id));
}
