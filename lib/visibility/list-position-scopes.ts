import "server-only";
import { positionScopes } from "@/db/schema";
import type { MemberPosition } from "@/db/schema/people";
import type { OrgContext } from "@/lib/context";
import { MEMBER_POSITIONS } from "@/db/schema/enum-values";
import { requirePermission } from "@/lib/permissions/require-permission";
import { DEFAULT_POSITION_SCOPES, type ScopePair } from "./position-scope-defaults";

export type PositionScopeRow = ScopePair & { position: MemberPosition; isDefault: boolean };

/** Every position with the scope it has now: the org's own row, else the default (seed 004). */
export async function listPositionScopes(ctx: OrgContext): Promise<PositionScopeRow[]> {
  requirePermission(ctx, "permissions.view");
  const rows = await ctx.t.db
    .select({ position: positionScopes.position, read: positionScopes.readScope, write: positionScopes.writeScope })
    .from(positionScopes)
    .where(ctx.t.where(positionScopes));
  const saved = new Map(rows.map((r) => [r.position, r]));
  return MEMBER_POSITIONS.map((position) => {
    const row = saved.get(position);
    return row
      ? { position, read: row.read, write: row.write, isDefault: false }
      : { position, ...DEFAULT_POSITION_SCOPES[position], isDefault: true };
  });
}
