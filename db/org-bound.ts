import { drizzle } from "drizzle-orm/postgres-js";
import type { Sql, TransactionSql } from "postgres";
import * as schema from "./schema";

/**
 * Row-level security keys every tenant row by `app.org_id`, set per transaction
 * (db/migrations/0017_rls.sql). A verb's transaction sets it first (lib/db/tenant.ts); this makes
 * the statements a verb sends outside one — most lists and gets — carry it too: each runs in a
 * short transaction that sets the org and then runs it: the opening (`begin` and the setting, one
 * simple-protocol message), the statement and `commit`, pipelined on one reserved connection — one
 * round trip.
 *
 * Drizzle's postgres-js session calls exactly these on its client: `unsafe(text, params, opts)`
 * (awaited, or `.values()` for array rows), `begin(fn)` for a transaction, and `options` (the
 * driver registers its type parsers there; shared with the pool they come from).
 */
const SET_ORG = "select set_config('app.org_id', $1, true)";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The frame's opening as one simple-protocol message; the id is checked to be a uuid, so inlining it is safe. */
export function frameOpening(orgId: string) {
  if (!UUID.test(orgId)) throw new Error(`not an org id: ${orgId}`);
  return `begin; select set_config('app.org_id', '${orgId}', true)`;
}

export function orgBoundClient(pool: Sql, orgId: string): Sql {
  const opening = frameOpening(orgId);
  async function pipelined(text: string, params: unknown[] | undefined, opts: unknown, arrayRows: boolean) {
    const connection = await pool.reserve();
    try {
      const query = connection.unsafe(text, (params ?? []) as never[], opts as never);
      const steps = [connection.unsafe(opening), arrayRows ? query.values() : query, connection.unsafe("commit")];
      // Wait for every step before the connection goes back: a failed statement makes the server
      // answer the commit with a rollback, which must be read here, not by the next borrower.
      const settled = await Promise.allSettled(steps);
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
      if (failed) throw failed.reason;
      return (settled[1] as PromiseFulfilledResult<unknown>).value;
    } finally {
      connection.release();
    }
  }

  const client = {
    options: pool.options,
    unsafe(text: string, params?: unknown[], opts?: unknown) {
      // Lazy like postgres.js's own query: runs when awaited, or as array rows through .values().
      return {
        then<A, B>(onFulfilled?: (rows: unknown) => A | PromiseLike<A>, onRejected?: (error: unknown) => B | PromiseLike<B>) {
          return pipelined(text, params, opts, false).then(onFulfilled, onRejected);
        },
        values: () => pipelined(text, params, opts, true),
      };
    },
    begin<T>(fn: (tx: TransactionSql) => Promise<T>) {
      return pool.begin((tx) => fn(settingOrgFirst(tx, orgId)));
    },
  };
  // Only the members above are ever called (see the comment at the top).
  return client as unknown as Sql;
}

/**
 * A transaction that sets the org before its first statement — or right after it, when that is
 * `set transaction …` (isolation, read only), which PostgreSQL accepts only as the first statement.
 */
function settingOrgFirst(tx: TransactionSql, orgId: string): TransactionSql {
  let set: Promise<unknown> | undefined;
  const setOrg = () => (set ??= tx.unsafe(SET_ORG, [orgId]));
  async function run(text: string, params: unknown[] | undefined, opts: unknown, arrayRows: boolean) {
    const setsTransaction = set === undefined && /^\s*set\s+transaction\b/i.test(text);
    if (!setsTransaction) await setOrg();
    const query = tx.unsafe(text, (params ?? []) as never[], opts as never);
    const rows = await (arrayRows ? query.values() : query);
    if (setsTransaction) await setOrg();
    return rows;
  }
  const bound = {
    unsafe(text: string, params?: unknown[], opts?: unknown) {
      return {
        then<A, B>(onFulfilled?: (rows: unknown) => A | PromiseLike<A>, onRejected?: (error: unknown) => B | PromiseLike<B>) {
          return run(text, params, opts, false).then(onFulfilled, onRejected);
        },
        values: () => run(text, params, opts, true),
      };
    },
    // A nested transaction (savepoint) runs on the same connection, after the org is set.
    async savepoint<T>(fn: (sp: TransactionSql) => Promise<T>) {
      await setOrg();
      return tx.savepoint(fn);
    },
  };
  return bound as unknown as TransactionSql;
}

export function orgBoundDrizzle(pool: Sql, orgId: string) {
  return drizzle({ client: orgBoundClient(pool, orgId), schema, casing: "snake_case" });
}
