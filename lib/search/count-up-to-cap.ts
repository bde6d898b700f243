import "server-only";
import { count, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Tenant, TenantTable } from "@/lib/db/tenant";
import { type CappedCount, capCount, COUNT_CAP } from "./count-cap";

/**
 * The rows of `table` the filters match, counted up to COUNT_CAP: PostgreSQL stops reading at
 * COUNT_CAP + 1 ids instead of counting a 100k table. No guard here: the list's count verb holds it.
 */
export async function countUpToCap<T extends TenantTable & { id: AnyPgColumn }>(
  t: Tenant,
  table: T,
  filters: (SQL | undefined)[],
): Promise<CappedCount> {
  const [counted] = await t.db.select({ n: count() }).from(
    t.db
      .select({ id: table.id })
      .from(table as TenantTable)
      .where(t.where(table, ...filters))
      .limit(COUNT_CAP + 1)
      .as("capped"),
  );
  return capCount(counted?.n ?? 0);
}
