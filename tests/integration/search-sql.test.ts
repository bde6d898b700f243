import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { listContacts } from "@/lib/contacts/list-contacts";
import { countCustomers } from "@/lib/customers/count-customers";
import { createCustomer } from "@/lib/customers/create-customer";
import { listCustomers } from "@/lib/customers/list-customers";
import { searchCustomerOptions } from "@/lib/customers/search-customer-options";
import { createOrg } from "./factories";
import { closeConnections } from "./helpers";
import { recordSql, type Statement } from "./sql-recorder";

type Org = Awaited<ReturnType<typeof createOrg>>;
let org: Org;
let recorder: ReturnType<typeof recordSql>;

beforeAll(async () => {
  recorder = recordSql();
  org = await createOrg("Search SQL Org");
  // Enough rows in one org that reading the org's rows in name order would be the cheaper plan
  // if the trigram index could not serve the search.
  await db.execute(
    sql`insert into customers (org_id, name, search_text) select ${org.orgId}, 'Firma ' || g, 'firma ' || md5(g::text) from generate_series(1, 30000) g`,
  );
  await db.execute(sql`
    insert into contacts (org_id, customer_id, name, search_text)
    select c.org_id, c.id, 'Kişi ' || c.name, 'kisi ' || md5(c.name) from customers c where c.org_id = ${org.orgId}`);
  await createCustomer(org.ctx, { type: "customer", status: "first_contact", name: "İSTANBUL BİLİŞİM", contact: { name: "İsmail İstanbullu" } });
  await db.execute(sql`vacuum analyze customers`);
  await db.execute(sql`vacuum analyze contacts`);
});
afterAll(closeConnections);

const searching = (statements: Statement[], table: string) => statements.filter((s) => s.text.includes(`"${table}"."search_text"`));

describe("search on the folded column", () => {
  it("the customer list finds İstanbul with LIKE on the trigram index", async () => {
    let names: string[] = [];
    const statements = await recorder.during(async () => {
      names = (await listCustomers(org.ctx, { q: "İST" })).rows.map((r) => r.name);
    });
    expect(names).toEqual(["İSTANBUL BİLİŞİM"]);
    const [search] = searching(statements, "customers");
    expect(search?.text).toMatch(/"search_text" like \$/);
    expect(search?.text).not.toMatch(/ilike/i);
    expect(await recorder.explain(search!)).toContain("customers_search_text_idx");
  });

  it("the contact list finds İsmail with LIKE on the trigram index", async () => {
    let names: string[] = [];
    const statements = await recorder.during(async () => {
      names = (await listContacts(org.ctx, { q: "ismail" })).rows.map((r) => r.name);
    });
    expect(names).toEqual(["İsmail İstanbullu"]);
    const [search] = searching(statements, "contacts");
    expect(search?.text).toMatch(/"search_text" like \$/);
    expect(search?.text).not.toMatch(/ilike/i);
    expect(await recorder.explain(search!)).toContain("contacts_search_text_idx");
  });

  it("a typed % or _ is still literal", async () => {
    expect((await listCustomers(org.ctx, { q: "firma%" })).rows).toEqual([]);
    expect((await listContacts(org.ctx, { q: "kisi_" })).rows).toEqual([]);
  });
});

describe("the capped count", () => {
  const counts = (statements: { text: string }[]) => statements.filter((s) => /\bcount\(/i.test(s.text));

  it("runs only when asked for: the list's rows and the picker never count", async () => {
    expect(counts(await recorder.during(() => listCustomers(org.ctx, { q: "firma" })))).toEqual([]);
    expect(counts(await recorder.during(() => listCustomers(org.ctx, {})))).toEqual([]);
    expect(counts(await recorder.during(() => searchCustomerOptions(org.ctx, { q: "firma" }, "en")))).toEqual([]);
  });

  it("counts what the list's filters match, up to the cap", async () => {
    expect(await countCustomers(org.ctx, { q: "firma" })).toBe("1000+");
    expect(await countCustomers(org.ctx, { q: "istanbul" })).toBe(1);
    expect(await countCustomers(org.ctx, { q: "zzzz" })).toBe(0);
  });
});
