import "server-only";
import { positionScopes } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { positionScopeSchema } from "./schemas";

/**
 * Settings → Access (T9): one position's read and write scope. Who may see what is a permission
 * matter, so it takes the Manage level of the Permissions page. Takes effect at each holder's next
 * request: the scope is resolved with the context.
 */
export async function setPositionScope(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "permissions.update");
  const { position, readScope, writeScope } = parseInput(positionScopeSchema, input);
  await ctx.t.transaction(async (t) => {
    await t.db
      .insert(positionScopes)
      .values(t.values({ position, readScope, writeScope }))
      .onConflictDoUpdate({ target: [positionScopes.orgId, positionScopes.position], set: { readScope, writeScope } });
  });
}
