import "server-only";
import { count, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { ownNotifications } from "./own-notifications";

/** The bell's number: one index-only count (notifications_org_id_user_id_unread_idx). */
export async function countUnreadNotifications(ctx: OrgContext) {
  requirePermission(ctx, "org.view");
  const [row] = await ctx.t.db
    .select({ n: count() })
    .from(notifications)
    .where(ownNotifications(ctx.t, ctx.actor.userId, isNull(notifications.readAt)));
  return row?.n ?? 0;
}
