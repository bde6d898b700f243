import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { activities, customers, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { cursorParam, feedCursor, olderThan } from "@/lib/db/keyset";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";

export const FEED_PAGE = 30;

export const activityQuerySchema = z.object({
  customerId: z.uuid().optional(),
  actorId: z.uuid().optional(),
  kind: z.string().max(40).optional(),
  /** Keyset cursor: "<created_at ISO>|<id>" of the last row shown. */
  before: cursorParam,
});

/** Newest first, "load older" by keyset on (created_at, id): any depth costs the same. */
export async function listActivities(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "activities.view");
  const query = parseInput(activityQuerySchema, input ?? {});
  const rows = await ctx.t.db
    .select({
      id: activities.id,
      kind: activities.kind,
      entityId: activities.entityId,
      customerId: activities.customerId,
      customerName: customers.name,
      summary: activities.summary,
      changes: activities.changes,
      // A member's current name, else the name stored with the row (the approving contact, a reply's sender).
      actorName: sql<string | null>`coalesce(${users.name}, ${activities.actorLabel})`,
      actorKind: activities.actorKind,
      createdAt: activities.createdAt,
    })
    .from(activities)
    .leftJoin(users, eq(users.id, activities.actorId))
    .leftJoin(customers, ctx.t.where(customers, eq(customers.id, activities.customerId)))
    .where(
      ctx.t.where(
        activities,
        query.customerId ? eq(activities.customerId, query.customerId) : undefined,
        query.actorId ? eq(activities.actorId, query.actorId) : undefined,
        query.kind ? eq(activities.kind, query.kind) : undefined,
        olderThan(activities.createdAt, activities.id, query.before),
      ),
    )
    .orderBy(desc(activities.createdAt), desc(activities.id))
    .limit(FEED_PAGE + 1);
  const page = rows.slice(0, FEED_PAGE);
  const last = page.at(-1);
  return {
    rows: page.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    before: rows.length > FEED_PAGE && last ? feedCursor(last) : null,
  };
}
