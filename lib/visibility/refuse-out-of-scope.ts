import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Tenant, TenantTable } from "@/lib/db/tenant";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/**
 * Why a row locked for a change was not found: outside the read scope it is NotFound (its
 * existence is not revealed); inside the read scope but outside the write scope — "may see, may
 * change only what they are responsible for" — it is Forbidden.
 */
export async function refuseOutOfScope(t: Tenant, table: TenantTable, condition: SQL, entity: string): Promise<never> {
  if (t.scope.read !== t.scope.write) {
    const [visible] = await t.db
      .select({ one: sql`1` })
      .from(table)
      .where(t.where(table, condition))
      .limit(1);
    if (visible) throw new ForbiddenError("outOfScope");
  }
  throw new NotFoundError(entity);
}
