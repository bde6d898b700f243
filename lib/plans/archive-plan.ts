import "server-only";
import { eq } from "drizzle-orm";
import { servicePlans } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getPlanInOrgOrThrow } from "./internal";
import { archivePlanSchema } from "./schemas";

/**
 * Manage: a plan ends by being archived, never deleted — its ledger is invoicing history. Work
 * after the day it was archived draws on no plan (lib/plans/post-time-to-plan.ts).
 */
export async function archivePlan(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "plans.archive");
  const { id, version } = parseInput(archivePlanSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getPlanInOrgOrThrow(t, id, { lock: true });
    if (current.version !== version) throw new ConflictError("staleVersion");
    if (current.archivedAt) return { id, version };
    await t.db
      .update(servicePlans)
      .set({ archivedAt: now(), version: version + 1 })
      .where(t.where(servicePlans, eq(servicePlans.id, id)));
    await recordActivity(ctx, t, { kind: "plan.archived", entityId: id, customerId: current.customerId, summary: current.title });
    return { id, version: version + 1 };
  });
}
