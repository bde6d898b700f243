import "server-only";
import { eq } from "drizzle-orm";
import { notificationPreferences } from "@/db/schema";
import { NOTIFICATION_KINDS, type NotificationChannel, type NotificationKind } from "@/db/schema/enum-values";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";

/** The member's channel for every kind; a kind without a row is `both`. */
export async function getNotificationPreferences(ctx: OrgContext): Promise<{ kind: NotificationKind; channel: NotificationChannel }[]> {
  requirePermission(ctx, "org.view");
  // The member's own rows: org and user (preferences belong to no customer).
  const rows = await ctx.t.db
    .select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(ctx.t.whereInOrg(notificationPreferences, eq(notificationPreferences.userId, ctx.actor.userId)));
  const chosen = new Map(rows.map((row) => [row.kind, row.channel]));
  return NOTIFICATION_KINDS.map((kind) => ({ kind, channel: chosen.get(kind) ?? "both" }));
}
