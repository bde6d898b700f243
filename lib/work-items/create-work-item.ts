import "server-only";
import { workItems } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertWorkAssignee, assertWorkCustomer } from "./internal";
import { createWorkItemSchema } from "./schemas";

/** SPEC W1: a task or an issue, optionally about a customer (then it is in that customer's feed). */
export async function createWorkItem(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "tasks.create");
  const { idempotencyKey, ...fields } = parseInput(createWorkItemSchema, input);
  return ctx.t.transaction((t) =>
    createOnce(ctx, t, "tasks.create", idempotencyKey, async () => {
      await assertWorkCustomer(t, fields.customerId);
      await assertWorkAssignee(t, fields.assigneeId);
      const [row] = await t.db
        .insert(workItems)
        .values(t.values({ ...fields, createdById: ctx.actor.userId }))
        .returning({ id: workItems.id });
      await recordActivity(ctx, t, { kind: `${fields.kind}.created`, entityId: row!.id, customerId: fields.customerId, summary: fields.title });
      return { id: row!.id };
    }),
  );
}
