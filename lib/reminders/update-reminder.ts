import "server-only";
import { eq, inArray, notInArray } from "drizzle-orm";
import { reminderRecipients, reminders } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { armAlerts } from "./alerts";
import { assertCreator, assertRecipients, assertReminderCustomer, getReminderInOrgOrThrow, summaryOf } from "./internal";
import { updateReminderSchema } from "./schemas";

/**
 * Saves over the version the creator loaded (SPEC W6: only the creator — see `isCreator`). A new
 * due time re-arms the alerts (their keys name the due instant, so the e-mail and notification go
 * again for it) and brings a dismissed banner back; a recipient added later gets what is still
 * ahead.
 */
export async function updateReminder(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "reminders.manage");
  const { id, version, recipientIds, ...fields } = parseInput(updateReminderSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getReminderInOrgOrThrow(t, id, { lock: true });
    assertCreator(ctx, current);
    if (current.version !== version) throw new ConflictError("staleVersion");
    if (fields.customerId !== current.customerId) await assertReminderCustomer(t, fields.customerId);
    await assertRecipients(t, recipientIds);

    const before = await t.db
      .select({ userId: reminderRecipients.userId })
      .from(reminderRecipients)
      .where(t.where(reminderRecipients, eq(reminderRecipients.reminderId, id)));
    const added = recipientIds.filter((userId) => !before.some((r) => r.userId === userId));
    const removed = before.some((r) => !recipientIds.includes(r.userId));
    const dueChanged = current.dueAt.getTime() !== fields.dueAt.getTime();
    const unchanged = !dueChanged && !added.length && !removed && current.body === fields.body && current.customerId === fields.customerId;
    if (unchanged) return { id, version };

    if (removed) {
      await t.db
        .delete(reminderRecipients)
        .where(t.where(reminderRecipients, eq(reminderRecipients.reminderId, id), notInArray(reminderRecipients.userId, recipientIds)));
    }
    if (added.length) await t.db.insert(reminderRecipients).values(added.map((userId) => t.values({ reminderId: id, userId })));
    if (dueChanged) {
      await t.db
        .update(reminderRecipients)
        .set({ dismissedAt: null })
        .where(t.where(reminderRecipients, eq(reminderRecipients.reminderId, id), inArray(reminderRecipients.userId, recipientIds)));
    }
    const rearm = dueChanged || added.length > 0;
    await t.db
      .update(reminders)
      .set({ ...fields, version: version + 1, ...(rearm ? { nextAlertAt: armAlerts(fields.dueAt, now()) } : {}) })
      .where(t.whereWritable(reminders, eq(reminders.id, id)));

    const summary = summaryOf(fields.body);
    for (const customerId of new Set([fields.customerId, current.customerId])) {
      if (customerId) await recordActivity(ctx, t, { kind: "reminder.updated", entityId: id, customerId, summary });
    }
    return { id, version: version + 1 };
  });
}
