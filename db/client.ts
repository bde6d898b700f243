import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { orgBoundDrizzle } from "./org-bound";
import * as schema from "./schema";

export function createDb(url: string, max = 10) {
  const client = postgres(url, { max, onnotice: () => {} });
  return { db: drizzle({ client, schema, casing: "snake_case" }), client };
}

export type Db = ReturnType<typeof createDb>["db"];
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A connection or an open transaction: verbs accept either so they compose inside a caller's transaction. */
export type DbOrTx = Db | Tx;

type AppConnection = ReturnType<typeof createDb> & { byOrg: Map<string, Db> };
const globalForDb = globalThis as unknown as { servioDb?: ReturnType<typeof createDb>; servioAppDb?: AppConnection };

function connection() {
  if (!globalForDb.servioDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set; start the app with `npm start`, which starts the embedded database.");
    globalForDb.servioDb = createDb(url);
  }
  return globalForDb.servioDb;
}

/** Lazily connected so `next build` never opens a connection. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = connection().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

/**
 * A query built once per pool instead of on every call, for the statements every request runs (the
 * session lookup, the org context): drizzle's building of the SQL text was a few percent of a list
 * interaction. Kept per pool, so a pool closed and opened again (closeDb) gets its own.
 */
export function preparedOnOwner<T>(build: (owner: Db) => T): () => T {
  const byPool = new WeakMap<object, T>();
  return () => {
    const owner = connection().db;
    let query = byPool.get(owner);
    if (query === undefined) {
      query = build(owner);
      byPool.set(owner, query);
    }
    return query;
  };
}

/**
 * The app role's pool (DATABASE_APP_URL: no SUPERUSER, no BYPASSRLS), under row-level security.
 * Without DATABASE_APP_URL it falls back to DATABASE_URL, and RLS is then no second line (README).
 */
function appConnection(): AppConnection {
  if (!globalForDb.servioAppDb) {
    const url = process.env.DATABASE_APP_URL || process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set; start the app with `npm start`, which starts the embedded database.");
    globalForDb.servioAppDb = { ...createDb(url), byOrg: new Map() };
  }
  return globalForDb.servioAppDb;
}

/** Enough for every org active on an instance at once; an evicted one is rebuilt on its next use. */
const ORG_DBS = 500;

/**
 * The tenant helper's connection for one org (lib/db/tenant.ts): the app role's pool, where every
 * statement outside a transaction, and every transaction, runs with `app.org_id` set to `orgId`
 * (db/org-bound.ts). `db` above is the owner's connection, for the allow-list that must read across
 * orgs (0017_rls.sql names it).
 */
export function orgDb(orgId: string): Db {
  const app = appConnection();
  let bound = app.byOrg.get(orgId);
  if (bound) {
    app.byOrg.delete(orgId); // re-inserted: the map's order is least recently used first
  } else {
    bound = orgBoundDrizzle(app.client, orgId);
    if (app.byOrg.size >= ORG_DBS) app.byOrg.delete(app.byOrg.keys().next().value!);
  }
  app.byOrg.set(orgId, bound);
  return bound;
}

export async function closeDb() {
  await Promise.all([globalForDb.servioDb?.client.end({ timeout: 5 }), globalForDb.servioAppDb?.client.end({ timeout: 5 })]);
  globalForDb.servioDb = undefined;
  globalForDb.servioAppDb = undefined;
}
