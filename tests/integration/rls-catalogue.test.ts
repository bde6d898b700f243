import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The migrated schema, read from PostgreSQL's own catalogue: what every tenant table must have for
// isolation to hold in the database as well as in the app (db/migrations/0017_rls.sql).

/** Tables without org_id, each with the reason it is global. A new table must be listed or keyed by org. */
const GLOBAL_TABLES: Record<string, string> = {
  users: "a person signs in once and may belong to several orgs",
  user_sessions: "a sign-in of a user, looked up by id on every request before an org is known",
  password_resets: "tokens of a user, not of an org",
  login_failures: "sign-in throttling by address and e-mail, before any org is known",
  job_workers: "job-runner heartbeats of this installation, for every org",
  public_attempts: "throttling of public token pages by client address, before the token names an org",
};

/** Tenant tables whose rows may have no org (org_id nullable), so org_id cannot lead their key. */
const ORG_OPTIONAL_KEYS: Record<string, string> = {
  email_outbox: "sign-up and password-reset e-mails belong to no org; keyed by id",
  inbound_emails: "a reply is recorded by its Message-ID before (or without) matching an org",
};

type Column = { table: string; column: string };
type Key = { table: string; name: string; columns: string[]; referenced: string | null; referencedColumns: string[] | null };
type Security = { table: string; enabled: boolean; forced: boolean };
type Policy = { table: string; using: string | null; check: string | null };

let db: postgres.Sql;
let tables: string[];
let tenantTables: string[];
let keys: Key[];
let security: Map<string, Security>;
let policies: Policy[];

beforeAll(async () => {
  db = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const all = await db<{ table: string }[]>`
    select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`;
  tables = all.map((r) => r.table);
  const orgColumns = await db<Column[]>`
    select c.relname as table, a.attname as column from pg_attribute a
    join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attname = 'org_id' and not a.attisdropped`;
  tenantTables = orgColumns.map((r) => r.table).sort();
  keys = await db<Key[]>`
    select c.relname as table, k.conname as name,
      array(select a.attname::text from unnest(k.conkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i) as columns,
      r.relname as referenced,
      case when k.contype = 'f' then array(select a.attname::text from unnest(k.confkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.i) end as "referencedColumns"
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
    left join pg_class r on r.oid = k.confrelid
    where n.nspname = 'public' and k.contype in ('p', 'f')`;
  const rows = await db<Security[]>`
    select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced from pg_class c
    join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p')`;
  security = new Map(rows.map((r) => [r.table, r]));
  policies = await db<Policy[]>`select tablename as table, qual as using, with_check as check from pg_policies where schemaname = 'public'`;
});

afterAll(async () => {
  await db.end();
});

const primaryKey = (table: string) => keys.find((k) => k.table === table && k.referenced === null);
const foreignKeys = (table: string) => keys.filter((k) => k.table === table && k.referenced !== null);
const isTenant = (table: string) => tenantTables.includes(table);
/** The policy shape of the migration, as PostgreSQL prints it back. */
const ORG_SETTING = /^\((org_id|id) = \(NULLIF\(current_setting\('app\.org_id'::text, true\), ''::text\)\)::uuid\)$/;

describe("tenant catalogue", () => {
  it("lists every table without org_id once, with the reason it is global", () => {
    const global = tables.filter((t) => !isTenant(t) && t !== "orgs");
    expect(global.sort()).toEqual(Object.keys(GLOBAL_TABLES).sort());
  });

  it("leads every tenant table's primary key with org_id", () => {
    const wrong = tenantTables
      .filter((t) => !(t in ORG_OPTIONAL_KEYS))
      .map((t) => ({ table: t, key: primaryKey(t)?.columns ?? [] }))
      .filter((k) => k.key[0] !== "org_id");
    expect(wrong).toEqual([]);
  });

  it("carries org_id in every foreign key from one tenant table to another", () => {
    const wrong = tenantTables.flatMap((t) =>
      foreignKeys(t)
        .filter((k) => isTenant(k.referenced!) && !(k.referenced! in ORG_OPTIONAL_KEYS))
        .filter((k) => {
          const at = k.columns.indexOf("org_id");
          return at < 0 || k.referencedColumns![at] !== "org_id";
        })
        .map((k) => `${t}.${k.name} → ${k.referenced}`),
    );
    expect(wrong).toEqual([]);
  });

  it("enables and forces row-level security with the org policy on every tenant table and orgs", () => {
    const wrong = [...tenantTables, "orgs"].flatMap((t) => {
      const s = security.get(t);
      const own = policies.filter((p) => p.table === t);
      const ok = s?.enabled && s.forced && own.length === 1 && ORG_SETTING.test(own[0]!.using ?? "") && ORG_SETTING.test(own[0]!.check ?? "");
      return ok ? [] : [{ table: t, ...s, policies: own }];
    });
    expect(wrong).toEqual([]);
  });

  it("lets the search and enum filters use their indexes under the policies (leakproof)", async () => {
    // Not leakproof, a condition waits for the policy and cannot be an index condition: the trigram
    // search and status filters would scan the whole org (db/migrations/0017_rls.sql).
    const rows = await db<{ name: string; leakproof: boolean }[]>`
      select proname as name, proleakproof as leakproof from pg_proc
      where proname in ('textlike', 'enum_eq', 'enum_ne', 'enum_lt', 'enum_le', 'enum_gt', 'enum_ge') order by 1`;
    expect(rows.filter((r) => !r.leakproof)).toEqual([]);
    expect(rows).toHaveLength(7);
  });

  it("keeps the global tables out of row-level security", () => {
    const secured = Object.keys(GLOBAL_TABLES).filter((t) => security.get(t)?.enabled);
    expect(secured).toEqual([]);
  });
});
