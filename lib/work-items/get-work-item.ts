import "server-only";
import { eq, inArray } from "drizzle-orm";
import { customers, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getWorkItemInOrgOrThrow, mayChangeStatus, mayEditFields } from "./internal";
import { workItemTargetSchema } from "./schemas";

/** A task or issue with its people and customer named, and what the actor may do with it. */
export async function getWorkItem(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "tasks.view");
  const { id } = parseInput(workItemTargetSchema, input);
  const t = ctx.t;
  const row = await getWorkItemInOrgOrThrow(t, id);
  const people = [row.assigneeId, row.createdById].filter((v): v is string => !!v);
  const [names, [customer]] = await Promise.all([
    people.length ? t.db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, people)) : [],
    row.customerId
      ? t.db
          .select({ id: customers.id, name: customers.name })
          .from(customers)
          .where(t.where(customers, eq(customers.id, row.customerId)))
      : [],
  ]);
  const nameOf = (userId: string | null) => names.find((n) => n.id === userId)?.name ?? null;
  return {
    ...row,
    assigneeName: nameOf(row.assigneeId),
    createdByName: nameOf(row.createdById),
    // A customer the actor cannot see is not named (nor linked).
    customer: customer ?? null,
    may: { edit: mayEditFields(ctx, row), changeStatus: mayChangeStatus(ctx, row) },
  };
}

export type WorkItemDetail = Awaited<ReturnType<typeof getWorkItem>>;
