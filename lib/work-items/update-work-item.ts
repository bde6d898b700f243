import "server-only";
import { eq } from "drizzle-orm";
import { workItems } from "@/db/schema";
import { diffFields, recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertWorkAssignee, assertWorkCustomer, getWorkItemInOrgOrThrow, mayEditFields } from "./internal";
import { updateWorkItemSchema } from "./schemas";

/**
 * Saves over the version the user loaded (a save in between is "staleVersion", nothing changes).
 * Edit level edits any item it may change; Contribute only the items it created. A move to another
 * customer is logged in both customers' feeds.
 */
export async function updateWorkItem(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "tasks.create");
  const { id, version, ...fields } = parseInput(updateWorkItemSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getWorkItemInOrgOrThrow(t, id, { lock: true });
    if (!mayEditFields(ctx, current)) throw new ForbiddenError("tasks.update");
    if (current.version !== version) throw new ConflictError("staleVersion");
    if (fields.customerId !== current.customerId) await assertWorkCustomer(t, fields.customerId);
    if (fields.assigneeId !== current.assigneeId) await assertWorkAssignee(t, fields.assigneeId);
    const changes = diffFields(current, fields);
    if (Object.keys(changes).length === 0) return { id, version };
    await t.db
      .update(workItems)
      .set({ ...fields, version: version + 1 })
      .where(t.where(workItems, eq(workItems.id, id)));
    const kind = `${fields.kind}.updated` as const;
    await recordActivity(ctx, t, { kind, entityId: id, customerId: fields.customerId, summary: fields.title });
    if (current.customerId && current.customerId !== fields.customerId) {
      await recordActivity(ctx, t, { kind, entityId: id, customerId: current.customerId, summary: fields.title });
    }
    return { id, version: version + 1 };
  });
}
