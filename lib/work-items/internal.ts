import "server-only";
import { and, eq } from "drizzle-orm";
import { customers, memberships, workItems, type WorkItem } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { isWorkingMembership } from "@/lib/members/working-membership";
import { can } from "@/lib/permissions/can";
import { refuseOutOfScope } from "@/lib/visibility/refuse-out-of-scope";

// Steps the task and issue verbs share; they run after the caller's guard.

export async function getWorkItemInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}): Promise<WorkItem> {
  // A lock is for a change: it reads through the write scope.
  const byId = eq(workItems.id, id);
  const query = t.db
    .select()
    .from(workItems)
    .where(options.lock ? t.whereWritable(workItems, byId) : t.where(workItems, byId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) {
    if (options.lock) await refuseOutOfScope(t, workItems, byId, "workItem");
    throw new NotFoundError("workItem");
  }
  return row;
}

/** A customer the actor cannot see is a field error like any unknown id, never a hint that it exists. */
export async function assertWorkCustomer(t: Tenant, customerId: string | null) {
  if (!customerId) return;
  const [row] = await t.db
    .select({ id: customers.id })
    .from(customers)
    .where(t.where(customers, eq(customers.id, customerId)));
  if (!row) throw new ValidationError({ customerId: "invalid" });
}

/**
 * The assignee must still work for the org (SPEC T8). Memberships are read org-wide: whom one may
 * assign does not depend on whose customers one sees.
 */
export async function assertWorkAssignee(t: Tenant, assigneeId: string | null) {
  if (!assigneeId) return;
  const [row] = await t.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(t.whereInOrg(memberships, and(eq(memberships.userId, assigneeId), isWorkingMembership())));
  if (!row) throw new ValidationError({ assigneeId: "invalid" });
}

/** Whose item it is: its creator or its assignee. */
export function involvesActor(ctx: OrgContext, item: Pick<WorkItem, "createdById" | "assigneeId">) {
  return item.createdById === ctx.actor.userId || item.assigneeId === ctx.actor.userId;
}

/**
 * SPEC W1: editing an item's fields is `tasks.update` (Edit) — or its creator's own item with
 * `tasks.create` (Contribute), who may correct what they wrote but not others' items.
 */
export function mayEditFields(ctx: OrgContext, item: Pick<WorkItem, "createdById">) {
  return can(ctx.actor, "tasks.update") || (can(ctx.actor, "tasks.create") && item.createdById === ctx.actor.userId);
}

/** Moving the status is `tasks.complete` (Contribute) on one's own items, else `tasks.update`. */
export function mayChangeStatus(ctx: OrgContext, item: Pick<WorkItem, "createdById" | "assigneeId">) {
  return can(ctx.actor, "tasks.update") || (can(ctx.actor, "tasks.complete") && involvesActor(ctx, item));
}
