import "server-only";
import { asc, eq, isNull } from "drizzle-orm";
import { customers, reminderRecipients, reminders } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";

/** Banners shown at once; more than these say "and more" with a link to the list. */
export const MAX_BANNERS = 5;

/**
 * The banner at the top of every page (SPEC W6): the actor's reminders that are due and not
 * dismissed, and when the next one falls due (for the banner's timer). One query on the actor's
 * undismissed rows (reminder_recipients_org_id_user_id_idx, partial on dismissed_at is null),
 * soonest first, so past-due ones come before the first future one.
 */
export async function listDueReminders(ctx: OrgContext) {
  requirePermission(ctx, "reminders.manage");
  const t = ctx.t;
  const at = now();
  const rows = await t.db
    .select({ id: reminders.id, body: reminders.body, dueAt: reminders.dueAt, customerName: customers.name })
    .from(reminderRecipients)
    .innerJoin(reminders, t.where(reminders, eq(reminders.id, reminderRecipients.reminderId)))
    .leftJoin(customers, t.where(customers, eq(customers.id, reminders.customerId)))
    .where(t.where(reminderRecipients, eq(reminderRecipients.userId, ctx.actor.userId), isNull(reminderRecipients.dismissedAt)))
    .orderBy(asc(reminders.dueAt), asc(reminders.id))
    .limit(MAX_BANNERS + 1);
  const due = rows.filter((r) => r.dueAt.getTime() <= at.getTime());
  const next = rows.find((r) => r.dueAt.getTime() > at.getTime());
  return {
    due: due.slice(0, MAX_BANNERS).map((r) => ({ ...r, dueAt: r.dueAt.toISOString() })),
    more: due.length > MAX_BANNERS,
    /** Milliseconds from the server's now to the next due time (the test clock may differ from the browser's). */
    nextInMs: next ? next.dueAt.getTime() - at.getTime() : null,
  };
}

export type DueReminders = Awaited<ReturnType<typeof listDueReminders>>;
