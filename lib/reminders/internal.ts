import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { customers, memberships, reminders, type Reminder } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { isWorkingMembership } from "@/lib/members/working-membership";
import { refuseOutOfScope } from "@/lib/visibility/refuse-out-of-scope";

// Steps the reminder verbs share; they run after the caller's guard.

export async function getReminderInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}): Promise<Reminder> {
  // A lock is for a change: it reads through the write scope.
  const byId = eq(reminders.id, id);
  const query = t.db
    .select()
    .from(reminders)
    .where(options.lock ? t.whereWritable(reminders, byId) : t.where(reminders, byId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) {
    if (options.lock) await refuseOutOfScope(t, reminders, byId, "reminder");
    throw new NotFoundError("reminder");
  }
  return row;
}

/**
 * SPEC W6: only the person who wrote a reminder edits or deletes it — not a recipient, not another
 * member, not even Manage or an admin. A reminder is a personal note to colleagues; changing the
 * words or the time under the writer's name would make it say something they did not say.
 */
export function isCreator(ctx: OrgContext, reminder: Pick<Reminder, "createdById">) {
  return reminder.createdById === ctx.actor.userId;
}

export function assertCreator(ctx: OrgContext, reminder: Pick<Reminder, "createdById">) {
  if (!isCreator(ctx, reminder)) throw new ForbiddenError("reminders.edit");
}

/** A customer the actor cannot see is a field error like any unknown id, never a hint that it exists. */
export async function assertReminderCustomer(t: Tenant, customerId: string | null) {
  if (!customerId) return;
  const [row] = await t.db
    .select({ id: customers.id })
    .from(customers)
    .where(t.where(customers, eq(customers.id, customerId)));
  if (!row) throw new ValidationError({ customerId: "invalid" });
}

/**
 * Every recipient must still work for the org (SPEC T8). Memberships are read org-wide: whom one
 * may remind does not depend on whose customers one sees.
 */
export async function assertRecipients(t: Tenant, userIds: readonly string[]) {
  const rows = await t.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(t.whereInOrg(memberships, and(inArray(memberships.userId, [...userIds]), isWorkingMembership())));
  if (rows.length !== userIds.length) throw new ValidationError({ recipientIds: "memberLeft" });
}

/** The feed shows a reminder by its first line. */
export function summaryOf(body: string) {
  const line = body.split("\n", 1)[0]!.trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
