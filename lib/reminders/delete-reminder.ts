import "server-only";
import { eq } from "drizzle-orm";
import { reminders } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertCreator, getReminderInOrgOrThrow, summaryOf } from "./internal";
import { reminderTargetSchema } from "./schemas";

/** Deletes a reminder (its creator only, SPEC W6; the page asks first); recipients go with it, the feed keeps its row. */
export async function deleteReminder(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "reminders.manage");
  const { id } = parseInput(reminderTargetSchema, input);
  await ctx.t.transaction(async (t) => {
    const current = await getReminderInOrgOrThrow(t, id, { lock: true });
    assertCreator(ctx, current);
    await t.db.delete(reminders).where(t.whereWritable(reminders, eq(reminders.id, id)));
    if (current.customerId) {
      await recordActivity(ctx, t, { kind: "reminder.deleted", entityId: id, customerId: current.customerId, summary: summaryOf(current.body) });
    }
  });
}
