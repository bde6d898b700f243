import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull, max } from "drizzle-orm";
import { picklistItems } from "@/db/schema";
import { dropReferenceScope } from "@/lib/cache/reference-cache";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { type PicklistName, picklistItemSchema, picklistTargetSchema, updatePicklistItemSchema } from "./schemas";

const withoutBlanks = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).filter(([, v]) => v));

/**
 * After a committed change: a trigger bumped the org's reference version for every instance; this
 * instance also forgets its copy at once, for a caller still holding the version it read before.
 */
const forgetPicklists = (ctx: OrgContext) => dropReferenceScope({ kind: "org", id: ctx.org.id });

export async function addPicklistItem(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "picklists.manage");
  const { list, labels } = parseInput(picklistItemSchema, input);
  const created = await ctx.t.transaction(async (t) => {
    const [last] = await t.db
      .select({ n: max(picklistItems.position) })
      .from(picklistItems)
      .where(t.where(picklistItems, eq(picklistItems.list, list)));
    const [item] = await t.db
      .insert(picklistItems)
      .values(t.values({ list, key: randomUUID(), labels: withoutBlanks(labels), position: (last?.n ?? -1) + 1 }))
      .returning({ id: picklistItems.id });
    return { id: item!.id };
  });
  forgetPicklists(ctx);
  return created;
}

export async function updatePicklistItem(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "picklists.manage");
  const { id, list, labels } = parseInput(updatePicklistItemSchema, input);
  const updated = await ctx.t.db
    .update(picklistItems)
    .set({ labels: withoutBlanks(labels) })
    .where(ctx.t.where(picklistItems, and(eq(picklistItems.id, id), eq(picklistItems.list, list))))
    .returning({ id: picklistItems.id });
  if (!updated.length) throw new NotFoundError("picklistItem");
  forgetPicklists(ctx);
}

/** Archived items disappear from pickers; records that use them keep their value. */
export async function archivePicklistItem(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "picklists.manage");
  const { id } = parseInput(picklistTargetSchema, input);
  const archived = await ctx.t.db
    .update(picklistItems)
    .set({ archivedAt: now() })
    .where(ctx.t.where(picklistItems, eq(picklistItems.id, id), isNull(picklistItems.archivedAt)))
    .returning({ id: picklistItems.id });
  if (!archived.length) throw new NotFoundError("picklistItem");
  forgetPicklists(ctx);
}

export async function listPicklistForEditing(ctx: OrgContext, list: PicklistName) {
  requirePermission(ctx, "picklists.manage");
  return ctx.t.db
    .select({ id: picklistItems.id, labels: picklistItems.labels })
    .from(picklistItems)
    .where(ctx.t.where(picklistItems, eq(picklistItems.list, list), isNull(picklistItems.archivedAt)))
    .orderBy(picklistItems.position);
}
