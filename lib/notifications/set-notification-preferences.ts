import "server-only";
import { sql } from "drizzle-orm";
import { notificationPreferences } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { notificationPreferencesSchema } from "./schemas";

/** Saves the member's channel per kind (an upsert per kind: saving twice is harmless). */
export async function setNotificationPreferences(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "org.view");
  const { preferences } = parseInput(notificationPreferencesSchema, input);
  if (preferences.length === 0) return { saved: 0 };
  await ctx.t.db
    .insert(notificationPreferences)
    .values(preferences.map((p) => ctx.t.values({ userId: ctx.actor.userId, kind: p.kind, channel: p.channel })))
    .onConflictDoUpdate({
      target: [notificationPreferences.orgId, notificationPreferences.userId, notificationPreferences.kind],
      set: { channel: sql`excluded.channel` },
    });
  return { saved: preferences.length };
}
