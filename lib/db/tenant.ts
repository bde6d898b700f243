import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { orgDb, type Db, type DbOrTx, type Tx } from "@/db/client";
import { ALL, type ActorScope } from "@/lib/visibility/scope";
import { visibilityOf } from "@/lib/visibility/registry";
import { rethrowUniqueViolation } from "./unique-violations";

export type TenantTable = PgTable & { orgId: AnyPgColumn };

/**
 * The one way to touch tenant tables. Every predicate starts with `org_id = ctx.org.id` and every
 * insert gets the org id from the context, so an id from the client can never reach another org.
 * Below the org, the actor's scope (lib/visibility) is applied here too: `where` adds the read
 * scope of every scoped table it is given (lib/visibility/registry.ts), so a list, a get, a join,
 * a count or an export of a scoped table sees only what the actor may see, and no verb writes a
 * visibility filter of its own.
 */
export type Tenant<D extends DbOrTx = DbOrTx> = {
  orgId: string;
  db: D;
  scope: ActorScope;
  /** Org and read scope: what the actor may see. */
  where: <T extends TenantTable>(table: T, ...conditions: (SQL | undefined)[]) => SQL;
  /** Org and write scope: what the actor may change (locks for an update or delete read through it). */
  whereWritable: <T extends TenantTable>(table: T, ...conditions: (SQL | undefined)[]) => SQL;
  /**
   * Org only, whatever the actor's scope. For integrity checks that must see the whole org — a
   * unique account code, the next record number — never to show rows: say why at each use.
   */
  whereInOrg: <T extends TenantTable>(table: T, ...conditions: (SQL | undefined)[]) => SQL;
  values: <V extends object>(values: V) => V & { orgId: string };
  /**
   * The same org and connection without the actor's scope, for what must see the whole org to be
   * right: integrity checks (a unique account code) and derived data (a customer's search text
   * spans all its contacts). Never to show rows to the actor.
   */
  orgWide: () => Tenant<D>;
  transaction: <R>(fn: (t: Tenant<Tx>) => Promise<R>) => Promise<R>;
};

/**
 * The join of two tenant tables' rows in the same org, for the cross-org sweeps (lib/jobs/find-due-*.ts)
 * that read every org at once with the owner's connection and so have no tenant of their own: a
 * foreign key between tenant tables always starts with org_id, and so does the join.
 */
export function sameOrg(a: TenantTable, b: TenantTable, ...conditions: (SQL | undefined)[]): SQL {
  return and(eq(a.orgId, b.orgId), ...conditions) as SQL;
}

/**
 * Made only by lib/context.ts `makeContext` (a member's, a token holder's, a job's context), which passes the actor's scope.
 * `dbx` defaults to the org's connection under row-level security (db/client.ts `orgDb`), where every
 * statement and transaction runs with `app.org_id` set; a caller's transaction passed in gets it set
 * by `transaction` below.
 */
export function tenant<D extends DbOrTx = Db>(orgId: string, given?: D, scope: ActorScope = ALL): Tenant<D> {
  const dbx = given ?? (orgDb(orgId) as D);
  const inOrg = (table: TenantTable, ...conditions: (SQL | undefined)[]) => and(eq(table.orgId, orgId), ...conditions) as SQL;
  return {
    orgId,
    db: dbx,
    scope,
    where: (table, ...conditions) => inOrg(table, visibilityOf(table, scope.read, orgId), ...conditions),
    whereWritable: (table, ...conditions) => inOrg(table, visibilityOf(table, scope.write, orgId), ...conditions),
    whereInOrg: inOrg,
    values: (values) => ({ ...values, orgId }),
    orgWide: () => tenant(orgId, dbx, ALL),
    // A unique index met by a concurrent write is a field error, mapped once for every verb.
    // RLS needs the org set for the transaction: the org's own connection sets it as it begins; a
    // connection or transaction handed in gets it here, first.
    transaction: (fn) =>
      (dbx as DbOrTx)
        .transaction(async (tx) => {
          if (given) await tx.execute(sql`select set_config('app.org_id', ${orgId}, true)`);
          return fn(tenant<Tx>(orgId, tx, scope));
        })
        .catch(rethrowUniqueViolation),
  };
}
