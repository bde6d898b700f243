import "server-only";
import { eq } from "drizzle-orm";
import { workItems } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getWorkItemInOrgOrThrow, mayChangeStatus } from "./internal";
import { changeWorkItemStatusSchema, isClosedStatus } from "./schemas";

/**
 * SPEC W1: the assignee or the creator moves their item with `tasks.complete`; anyone else needs
 * `tasks.update`. `completedAt` is set when the item is done or cancelled and cleared when it is
 * reopened; done → cancelled keeps the first instant (the work ended then).
 */
export async function changeWorkItemStatus(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "tasks.complete");
  const { id, version, status } = parseInput(changeWorkItemStatusSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getWorkItemInOrgOrThrow(t, id, { lock: true });
    if (!mayChangeStatus(ctx, current)) throw new ForbiddenError("tasks.update");
    if (current.version !== version) throw new ConflictError("staleVersion");
    if (current.status === status) return { id, version };
    const completedAt = isClosedStatus(status) ? (current.completedAt ?? now()) : null;
    await t.db
      .update(workItems)
      .set({ status, completedAt, version: version + 1 })
      .where(t.where(workItems, eq(workItems.id, id)));
    await recordActivity(ctx, t, {
      kind: `${current.kind}.statusChanged`,
      entityId: id,
      customerId: current.customerId,
      summary: current.title,
      changes: { status: { from: current.status, to: status } },
    });
    return { id, version: version + 1 };
  });
}
