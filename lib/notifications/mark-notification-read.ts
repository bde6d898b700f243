import "server-only";
import { eq, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { now } from "@/lib/clock";
import { NotFoundError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { markNotificationReadSchema } from "./schemas";
import { ownNotifications } from "./own-notifications";

/** Marks one of the member's notifications read; someone else's is NotFound. Reading twice keeps the first time. */
export async function markNotificationRead(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "org.view");
  const { id } = parseInput(markNotificationReadSchema, input);
  const [own] = await ctx.t.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(ownNotifications(ctx.t, ctx.actor.userId, eq(notifications.id, id)));
  if (!own) throw new NotFoundError("notification");
  await ctx.t.db
    .update(notifications)
    .set({ readAt: now() })
    .where(ownNotifications(ctx.t, ctx.actor.userId, eq(notifications.id, id), isNull(notifications.readAt)));
  return { id };
}
