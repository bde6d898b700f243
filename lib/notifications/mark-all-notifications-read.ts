import "server-only";
import { isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { now } from "@/lib/clock";
import { requirePermission } from "@/lib/permissions/require-permission";
import { ownNotifications } from "./own-notifications";

/** Marks every unread notification of the member read; returns how many. */
export async function markAllNotificationsRead(ctx: OrgContext) {
  requirePermission(ctx, "org.view");
  const marked = await ctx.t.db
    .update(notifications)
    .set({ readAt: now() })
    .where(ownNotifications(ctx.t, ctx.actor.userId, isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: marked.length };
}
