import "server-only";
import { reminderRecipients, reminders } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { armAlerts } from "./alerts";
import { assertRecipients, assertReminderCustomer, summaryOf } from "./internal";
import { createReminderSchema } from "./schemas";

/**
 * SPEC W6: a reminder for oneself or colleagues (working members), optionally about a customer
 * (then it is in that customer's feed). The sweep's cursor is armed here: the e-mail a day before,
 * or straight the due time when less than a day is left.
 */
export async function createReminder(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "reminders.manage");
  const { idempotencyKey, recipientIds, ...fields } = parseInput(createReminderSchema, input);
  return ctx.t.transaction((t) =>
    createOnce(ctx, t, "reminders.create", idempotencyKey, async () => {
      await assertReminderCustomer(t, fields.customerId);
      await assertRecipients(t, recipientIds);
      const [row] = await t.db
        .insert(reminders)
        .values(t.values({ ...fields, nextAlertAt: armAlerts(fields.dueAt, now()), createdById: ctx.actor.userId }))
        .returning({ id: reminders.id });
      const id = row!.id;
      await t.db.insert(reminderRecipients).values(recipientIds.map((userId) => t.values({ reminderId: id, userId })));
      if (fields.customerId)
        await recordActivity(ctx, t, { kind: "reminder.created", entityId: id, customerId: fields.customerId, summary: summaryOf(fields.body) });
      return { id };
    }),
  );
}
