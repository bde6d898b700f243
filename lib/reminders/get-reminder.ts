import "server-only";
import { asc, eq } from "drizzle-orm";
import { customers, reminderRecipients, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getReminderInOrgOrThrow, isCreator } from "./internal";
import { reminderTargetSchema } from "./schemas";

/** A reminder with its recipients (and who put the banner away), its customer and creator named, and whether the actor may edit it. */
export async function getReminder(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "reminders.manage");
  const { id } = parseInput(reminderTargetSchema, input);
  const t = ctx.t;
  const row = await getReminderInOrgOrThrow(t, id);
  const [recipients, [customer], [creator]] = await Promise.all([
    t.db
      .select({ id: reminderRecipients.userId, name: users.name, dismissedAt: reminderRecipients.dismissedAt })
      .from(reminderRecipients)
      .innerJoin(users, eq(users.id, reminderRecipients.userId))
      .where(t.where(reminderRecipients, eq(reminderRecipients.reminderId, id)))
      .orderBy(asc(users.name)),
    row.customerId
      ? t.db
          .select({ id: customers.id, name: customers.name })
          .from(customers)
          .where(t.where(customers, eq(customers.id, row.customerId)))
      : [],
    row.createdById ? t.db.select({ name: users.name }).from(users).where(eq(users.id, row.createdById)) : [],
  ]);
  return {
    ...row,
    recipients,
    // A customer the actor cannot see is not named (nor linked).
    customer: customer ?? null,
    createdByName: creator?.name ?? null,
    may: { edit: isCreator(ctx, row) },
  };
}

export type ReminderDetail = Awaited<ReturnType<typeof getReminder>>;
