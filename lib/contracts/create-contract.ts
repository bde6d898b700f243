import "server-only";
import { contracts } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertContractPlan, assertContractType, lockContractCustomer, moveCustomerForContract } from "./internal";
import { createContractSchema } from "./schemas";

/** SPEC K1. The customer must be one the actor may change; adding the contract moves its status (C3). */
export async function createContract(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "contracts.create");
  const { idempotencyKey, ...fields } = parseInput(createContractSchema, input);
  return ctx.t.transaction((t) =>
    createOnce(ctx, t, "contracts.create", idempotencyKey, async () => {
      const customer = await lockContractCustomer(t, fields.customerId);
      await assertContractType(t, fields.typeId);
      await assertContractPlan(t, fields.servicePlanId, customer.id);
      const [row] = await t.db
        .insert(contracts)
        .values(t.values({ ...fields, createdById: ctx.actor.userId }))
        .returning();
      await recordActivity(ctx, t, { kind: "contract.created", entityId: row!.id, customerId: customer.id, summary: fields.name });
      await moveCustomerForContract(ctx, t, customer, row!);
      return { id: row!.id };
    }),
  );
}
