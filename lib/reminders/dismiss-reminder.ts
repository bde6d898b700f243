import "server-only";
import { eq, inArray, isNull, lte } from "drizzle-orm";
import { reminderRecipients, reminders } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { reminderTargetSchema } from "./schemas";

/**
 * A recipient puts away their own banner of a due reminder; the other recipients keep theirs. Only
 * one's own row, so no creator check: dismissing changes nothing anyone else sees. A reminder that
 * is not due yet, not addressed to the actor, or already dismissed is not found.
 */
export async function dismissReminder(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "reminders.manage");
  const { id } = parseInput(reminderTargetSchema, input);
  const at = now();
  const [row] = await ctx.t.db
    .update(reminderRecipients)
    .set({ dismissedAt: at })
    .where(
      ctx.t.where(
        reminderRecipients,
        eq(reminderRecipients.reminderId, id),
        eq(reminderRecipients.userId, ctx.actor.userId),
        isNull(reminderRecipients.dismissedAt),
        inArray(
          reminderRecipients.reminderId,
          ctx.t.db
            .select({ id: reminders.id })
            .from(reminders)
            .where(ctx.t.where(reminders, eq(reminders.id, id), lte(reminders.dueAt, at))),
        ),
      ),
    )
    .returning({ id: reminderRecipients.reminderId });
  if (!row) throw new NotFoundError("reminder");
}
