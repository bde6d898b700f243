import { sql as drizzleSql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ROLE } from "@/db/app-role";
import { orgBoundClient } from "@/db/org-bound";
import { createCustomer } from "@/lib/customers/create-customer";
import { listCustomers } from "@/lib/customers/list-customers";
import { createOrg } from "./factories";
import { closeConnections } from "./helpers";

// Row-level security is the second line: these queries go to the database as the app's own role
// with no org filter at all, as a forgotten `where` in a verb would.
type Org = Awaited<ReturnType<typeof createOrg>>;

let a: Org;
let b: Org;
let app: postgres.Sql;
let owner: postgres.Sql;
let tenantTables: string[];

const customer = (name: string) => ({ type: "customer", status: "first_contact", name, contact: { name: `${name} Contact` } });

/** Runs `fn` in a transaction of the app role with `app.org_id` set as the tenant helper sets it. */
function asOrg<T>(orgId: string, fn: (tx: postgres.TransactionSql) => Promise<T>) {
  return app.begin(async (tx) => {
    await tx`select set_config('app.org_id', ${orgId}, true)`;
    return fn(tx);
  }) as Promise<T>;
}

beforeAll(async () => {
  a = await createOrg("RLS A");
  b = await createOrg("RLS B");
  // Through the verbs, so the writes themselves pass the policies.
  await createCustomer(a.ctx, customer("Alfa Yapı"));
  await createCustomer(b.ctx, customer("Beta İnşaat"));
  app = postgres(process.env.DATABASE_APP_URL!, { max: 1, onnotice: () => {} });
  owner = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const rows = await owner<{ table: string }[]>`
    select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute att on att.attrelid = c.oid and att.attname = 'org_id' and not att.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`;
  tenantTables = [...rows.map((r) => r.table), "orgs"];
});

afterAll(async () => {
  await app.end();
  await owner.end();
  await closeConnections();
});

describe("row-level security", () => {
  it("connects the app as a role without SUPERUSER or BYPASSRLS", async () => {
    const [role] = await app<{ name: string; rolsuper: boolean; rolbypassrls: boolean }[]>`
      select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user`;
    expect(role).toEqual({ name: APP_ROLE, rolsuper: false, rolbypassrls: false });
  });

  it("shows no tenant row to a query without the org setting", async () => {
    expect(tenantTables.length).toBeGreaterThan(15);
    for (const table of tenantTables) {
      const [row] = await app.unsafe<{ n: number }[]>(`select count(*)::int as n from "${table}"`);
      expect({ table, n: row!.n }).toEqual({ table, n: 0 });
    }
    // The rows are there: the owner sees both orgs' customers.
    const [seen] = await owner<{ n: number }[]>`select count(*)::int as n from customers where org_id in (${a.orgId}, ${b.orgId})`;
    expect(seen!.n).toBe(2);
  });

  it("shows org A's rows and no org B row with org A's setting", async () => {
    const names = await asOrg(a.orgId, (tx) => tx<{ name: string; orgId: string }[]>`select name, org_id as "orgId" from customers`);
    expect(names).toEqual([{ name: "Alfa Yapı", orgId: a.orgId }]);
    for (const table of tenantTables) {
      const column = table === "orgs" ? "id" : "org_id";
      const foreign = await asOrg(a.orgId, (tx) => tx.unsafe(`select 1 from "${table}" where ${column} <> $1 limit 1`, [a.orgId]));
      expect({ table, foreign: foreign.length }).toEqual({ table, foreign: 0 });
    }
  });

  it("refuses to write a row of another org, and cannot change one", async () => {
    const insert = asOrg(
      a.orgId,
      (tx) => tx`insert into customers (org_id, name, type, status) values (${b.orgId}, 'Sızma', 'customer', 'first_contact')`,
    );
    await expect(insert).rejects.toMatchObject({ code: "42501" }); // new row violates row-level security policy
    const moved = asOrg(a.orgId, (tx) => tx`update customers set org_id = ${b.orgId} where org_id = ${a.orgId}`);
    await expect(moved).rejects.toMatchObject({ code: "42501" });
    const renamed = await asOrg(a.orgId, (tx) => tx`update customers set name = 'Ele geçirildi' where org_id = ${b.orgId} returning id`);
    expect(renamed).toHaveLength(0);
    const [still] = await owner<{ name: string }[]>`select name from customers where org_id = ${b.orgId}`;
    expect(still!.name).toBe("Beta İnşaat");
  });

  it("runs the verbs' reads outside a transaction as the app role with their org set", async () => {
    const [row] = (await a.ctx.t.db.execute(drizzleSql`select current_user as "user", current_setting('app.org_id', true) as org`)) as unknown as {
      user: string;
      org: string;
    }[];
    expect(row).toEqual({ user: APP_ROLE, org: a.orgId });
    const listed = await listCustomers(a.ctx, {});
    expect(listed.rows.map((r) => r.name)).toEqual(["Alfa Yapı"]);
  });

  it("keeps the org setting to its own statement: the connection forgets it afterwards", async () => {
    const bound = orgBoundClient(app, a.orgId);
    expect(await bound.unsafe(`select count(*)::int as n from customers`)).toEqual([{ n: 1 }]);
    // The same single connection, right after: no setting, no rows.
    const [after] = await app<{ org: string | null; n: number }[]>`
      select current_setting('app.org_id', true) as org, (select count(*)::int from customers) as n`;
    expect(after!.n).toBe(0);
    expect(after!.org ?? "").toBe("");
  });

  it("rolls a failed statement's frame back and leaves the connection usable", async () => {
    const bound = orgBoundClient(app, a.orgId);
    await expect(bound.unsafe(`select 1/0`)).rejects.toMatchObject({ code: "22012" });
    expect(await bound.unsafe(`select count(*)::int as n from customers`)).toEqual([{ n: 1 }]);
  });
});
