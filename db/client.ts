import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export function createDb(url: string, max = 10) {
  const client = postgres(url, { max, onnotice: () => {} });
  return { db: drizzle({ client, schema, casing: "snake_case" }), client };
}

export type Db = ReturnType<typeof createDb>["db"];
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A connection or an open transaction: verbs accept either so they compose inside a caller's transaction. */
export type DbOrTx = Db | Tx;

const globalForDb = globalThis as unknown as { servioDb?: ReturnType<typeof createDb> };

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

export async function closeDb() {
  await globalForDb.servioDb?.client.end({ timeout: 5 });
  globalForDb.servioDb = undefined;
}
