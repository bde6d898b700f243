import "server-only";
import { asc, desc, eq, exists, gt, lte, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { customers, reminderRecipients, reminders, users } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";

/** Upcoming reminders shown at most; past ones, newest first, are a short history. */
const UPCOMING = 200;
const PAST = 50;

const mine = alias(reminderRecipients, "mine");
const anyRecipient = alias(reminderRecipients, "any_recipient");

/**
 * The actor's reminders — addressed to them or written by them — upcoming (soonest first) and past
 * (latest first). "Mine" is what the page is about, not a visibility rule: a member who sees the
 * whole org still lists only their own here.
 */
export async function listMyReminders(ctx: OrgContext) {
  requirePermission(ctx, "reminders.manage");
  const t = ctx.t;
  const me = ctx.actor.userId;
  const at = now();
  const addressedToMe = exists(
    t.db
      .select({ one: anyRecipient.userId })
      .from(anyRecipient)
      .where(t.where(anyRecipient, eq(anyRecipient.reminderId, reminders.id), eq(anyRecipient.userId, me))),
  );
  const read = (when: SQL, order: SQL, limit: number) =>
    t.db
      .select({
        id: reminders.id,
        body: reminders.body,
        dueAt: reminders.dueAt,
        customerId: reminders.customerId,
        customerName: customers.name,
        createdById: reminders.createdById,
        createdByName: users.name,
        forMe: mine.userId,
        dismissedAt: mine.dismissedAt,
      })
      .from(reminders)
      .leftJoin(customers, t.where(customers, eq(customers.id, reminders.customerId)))
      .leftJoin(users, eq(users.id, reminders.createdById))
      .leftJoin(mine, t.where(mine, eq(mine.reminderId, reminders.id), eq(mine.userId, me)))
      .where(t.where(reminders, or(eq(reminders.createdById, me), addressedToMe), when))
      .orderBy(order, asc(reminders.id))
      .limit(limit);
  const [upcoming, past] = await Promise.all([
    read(gt(reminders.dueAt, at), asc(reminders.dueAt), UPCOMING),
    read(lte(reminders.dueAt, at), desc(reminders.dueAt), PAST),
  ]);
  const shape = (rows: typeof upcoming) => rows.map(({ forMe, ...row }) => ({ ...row, forMe: forMe !== null, mine: row.createdById === me }));
  return { upcoming: shape(upcoming), past: shape(past) };
}

export type MyReminder = Awaited<ReturnType<typeof listMyReminders>>["upcoming"][number];
