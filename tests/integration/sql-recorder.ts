import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "@/db/schema";

export type Statement = { text: string; params: unknown[] };

/**
 * Swaps the process's database connection (db/client.ts keeps it on globalThis, looked up on every
 * use) for one that records every statement it sends, so a test can count and EXPLAIN what a verb
 * really runs. `closeConnections` ends it like the normal one.
 */
export function recordSql() {
  const statements: Statement[] = [];
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const client = postgres(url, {
    max: 4,
    onnotice: () => {},
    debug: (_connection, text, params) => statements.push({ text, params: [...params] }),
  });
  (globalThis as { servioDb?: unknown }).servioDb = { db: drizzle({ client, schema, casing: "snake_case" }), client };
  return {
    /** Statements sent while `fn` ran. */
    async during(fn: () => Promise<unknown>) {
      const from = statements.length;
      await fn();
      return statements.slice(from);
    },
    /** The plan PostgreSQL picks for a recorded statement with its own parameters. */
    async explain(statement: Statement) {
      const rows = await client.unsafe(`explain ${statement.text}`, statement.params as never[]);
      return rows.map((r) => String(Object.values(r)[0])).join("\n");
    },
  };
}
