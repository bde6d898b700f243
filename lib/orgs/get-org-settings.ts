import "server-only";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";

export function getOrgSettings(ctx: OrgContext) {
  requirePermission(ctx, "org.settings.view");
  const { id: _id, ...settings } = ctx.org;
  return settings;
}
