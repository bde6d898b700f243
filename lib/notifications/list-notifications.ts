import "server-only";
import { desc } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { encodeCursor, olderThan } from "@/lib/db/keyset";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { notificationHref } from "./notification-href";
import { ownNotifications } from "./own-notifications";
import { notificationsQuerySchema } from "./schemas";

export const NOTIFICATIONS_PAGE = 20;

/** The member's notifications, newest first, a page at a time by keyset on (created_at, id). */
export async function listNotifications(ctx: OrgContext, input: unknown) {
  // Any member: a member's own notifications need no level (org.view is every member's).
  requirePermission(ctx, "org.view");
  const query = parseInput(notificationsQuerySchema, input ?? {});
  const rows = await ctx.t.db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      entityType: notifications.entityType,
      entityId: notifications.entityId,
      params: notifications.params,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(ownNotifications(ctx.t, ctx.actor.userId, olderThan(notifications.createdAt, notifications.id, query.before)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE + 1);
  const page = rows.slice(0, NOTIFICATIONS_PAGE);
  const last = page.at(-1);
  return {
    rows: page.map((row) => ({
      id: row.id,
      kind: row.kind,
      params: row.params,
      href: notificationHref(ctx.org.slug, row),
      read: row.readAt !== null,
      createdAt: row.createdAt.toISOString(),
    })),
    before: rows.length > NOTIFICATIONS_PAGE && last ? encodeCursor({ v: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>["rows"][number];
