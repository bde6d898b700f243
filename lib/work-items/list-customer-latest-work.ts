import "server-only";
import { desc, eq } from "drizzle-orm";
import { workItems } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { customerWorkSchema } from "./schemas";

/** How many of a customer's newest tasks and issues the customer list's side panel shows (SPEC C1). */
export const PREVIEW_WORK = 5;

/** The customer's latest tasks and issues, newest first, for the list's preview panel. */
export async function listCustomerLatestWork(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "tasks.view");
  const { customerId } = parseInput(customerWorkSchema, input);
  const rows = await ctx.t.db
    .select({ id: workItems.id, kind: workItems.kind, title: workItems.title, status: workItems.status, dueAt: workItems.dueAt })
    .from(workItems)
    .where(ctx.t.where(workItems, eq(workItems.customerId, customerId)))
    .orderBy(desc(workItems.createdAt), desc(workItems.id))
    .limit(PREVIEW_WORK);
  return rows.map((row) => ({ ...row, dueAt: row.dueAt?.toISOString() ?? null }));
}

export type LatestWorkRow = Awaited<ReturnType<typeof listCustomerLatestWork>>[number];
