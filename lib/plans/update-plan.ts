import "server-only";
import { eq } from "drizzle-orm";
import { servicePlans } from "@/db/schema";
import { diffFields, recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { lockContractCustomer } from "@/lib/contracts/internal";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertPlanContract, assertServiceTypes, getPlanInOrgOrThrow } from "./internal";
import { updatePlanSchema } from "./schemas";

/**
 * Saves over the version the user loaded ("staleVersion" if someone saved in between). New terms
 * apply to movements written from now on; rows already in the ledger keep the figures they were
 * written with (a closed period is history, an open one can be derived again: recompute).
 */
export async function updatePlan(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "plans.update");
  const { id, version, ...fields } = parseInput(updatePlanSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getPlanInOrgOrThrow(t, id, { lock: true });
    if (current.version !== version) throw new ConflictError("staleVersion");
    const customer = await lockContractCustomer(t, fields.customerId);
    await assertPlanContract(t, fields.contractId, customer.id);
    await assertServiceTypes(t, fields.serviceTypeIds);
    const changes = diffFields(current, fields);
    if (Object.keys(changes).length === 0) return { id, version };
    await t.db
      .update(servicePlans)
      .set({ ...fields, version: version + 1 })
      .where(t.where(servicePlans, eq(servicePlans.id, id)));
    await recordActivity(ctx, t, { kind: "plan.updated", entityId: id, customerId: customer.id, summary: fields.title, changes });
    return { id, version: version + 1 };
  });
}
