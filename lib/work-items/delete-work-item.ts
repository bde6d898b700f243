import "server-only";
import { eq } from "drizzle-orm";
import { workItems } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getWorkItemInOrgOrThrow } from "./internal";
import { workItemTargetSchema } from "./schemas";

/** Deletes a task or issue (Manage; the page asks for confirmation first); the feed keeps the row. */
export async function deleteWorkItem(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "tasks.delete");
  const { id } = parseInput(workItemTargetSchema, input);
  await ctx.t.transaction(async (t) => {
    const current = await getWorkItemInOrgOrThrow(t, id, { lock: true });
    await t.db.delete(workItems).where(t.where(workItems, eq(workItems.id, id)));
    await recordActivity(ctx, t, { kind: `${current.kind}.deleted`, entityId: id, customerId: current.customerId, summary: current.title });
  });
}
