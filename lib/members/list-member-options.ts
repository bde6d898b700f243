import "server-only";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { listMembersByName } from "./internal";

/** Members as choices for rep pickers and filters: anyone who may see customers may pick them. */
export async function listMemberOptions(ctx: OrgContext) {
  requirePermission(ctx, "customers.view");
  return (await listMembersByName(ctx)).map(({ id, name }) => ({ id, name }));
}
