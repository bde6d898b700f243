import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { db as defaultDb, type Db, type DbOrTx, type Tx } from "@/db/client";
import { rethrowUniqueViolation } from "./unique-violations";

export type TenantTable = PgTable & { orgId: AnyPgColumn };

/**
 * The one way to touch tenant tables. Every predicate starts with `org_id = ctx.org.id` and every
 * insert gets the org id from the context, so an id from the client can never reach another org.
 */
export type Tenant<D extends DbOrTx = DbOrTx> = {
  orgId: string;
  db: D;
  where: <T extends TenantTable>(table: T, ...conditions: (SQL | undefined)[]) => SQL;
  values: <V extends object>(values: V) => V & { orgId: string };
  transaction: <R>(fn: (t: Tenant<Tx>) => Promise<R>) => Promise<R>;
};

export function tenant<D extends DbOrTx = Db>(orgId: string, dbx: D = defaultDb as D): Tenant<D> {
  return {
    orgId,
    db: dbx,
    where: (table, ...conditions) => and(eq(table.orgId, orgId), ...conditions) as SQL,
    values: (values) => ({ ...values, orgId }),
    // A unique index met by a concurrent write is a field error, mapped once for every verb.
    transaction: (fn) => (dbx as DbOrTx).transaction((tx) => fn(tenant<Tx>(orgId, tx))).catch(rethrowUniqueViolation),
  };
}
