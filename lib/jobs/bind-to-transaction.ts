import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type PgBoss from "pg-boss";
import type { Tx } from "@/db/client";

/**
 * node-postgres (pg-boss's own driver) turns `undefined` into NULL and plain objects into JSON;
 * postgres.js refuses `undefined` and would send an object as "[object Object]". Arrays, dates
 * and buffers go through as they are: postgres.js binds them natively.
 */
function asNodePostgresValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) return value;
  return typeof value === "object" ? JSON.stringify(value) : value;
}

/** pg-boss's `$1…$n` text as a Drizzle query: one bound parameter per occurrence, repeats included. */
function toDrizzleQuery(text: string, values: readonly unknown[] = []): SQL {
  const query = sql.empty();
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    query.append(sql.raw(text.slice(last, match.index)));
    query.append(sql`${sql.param(asNodePostgresValue(values[Number(match[1]) - 1]))}`);
    last = match.index + match[0].length;
  }
  return query.append(sql.raw(text.slice(last)));
}

/**
 * pg-boss 10 runs a command on whatever `{ executeSql }` it is given (`send(…, { db })`). Binding
 * it to our Drizzle transaction makes the job part of the business write: it commits or rolls
 * back with it (SPEC G3). pg-boss 12 shipped this as `fromDrizzle`; 10, which supports Node 20,
 * does not.
 */
export function bindToTransaction(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const rows = await tx.execute(toDrizzleQuery(text, values));
      return { rows: [...rows] };
    },
  };
}
