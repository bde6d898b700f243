import "server-only";
import { eq } from "drizzle-orm";
import { contracts } from "@/db/schema";
import { diffFields, recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertContractPlan, assertContractType, getContractInOrgOrThrow, lockContractCustomer, moveCustomerForContract } from "./internal";
import { updateContractSchema } from "./schemas";

/**
 * Saves over the version the user loaded; if someone saved in between the edit is refused with
 * "staleVersion" and nothing changes. Moving a contract to another customer needs that customer
 * in the actor's write scope too; dates that put it in force move the customer to active (C3).
 */
export async function updateContract(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "contracts.update");
  const { id, version, ...fields } = parseInput(updateContractSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getContractInOrgOrThrow(t, id, { lock: true });
    if (current.version !== version) throw new ConflictError("staleVersion");
    const customer = await lockContractCustomer(t, fields.customerId);
    if (fields.typeId !== current.typeId) await assertContractType(t, fields.typeId);
    await assertContractPlan(t, fields.servicePlanId, customer.id);
    const changes = diffFields(current, fields);
    if (Object.keys(changes).length === 0) return { id, version };
    const [row] = await t.db
      .update(contracts)
      .set({ ...fields, version: version + 1 })
      .where(t.where(contracts, eq(contracts.id, id)))
      .returning();
    await recordActivity(ctx, t, { kind: "contract.updated", entityId: id, customerId: customer.id, summary: fields.name, changes });
    await moveCustomerForContract(ctx, t, customer, row!);
    return { id, version: version + 1 };
  });
}
