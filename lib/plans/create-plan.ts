import "server-only";
import { servicePlans } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { lockContractCustomer } from "@/lib/contracts/internal";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { now } from "@/lib/clock";
import { todayIn } from "@/lib/contracts/today";
import { assertPlanContract, assertServiceTypes, ensurePeriod } from "./internal";
import { periodOf } from "./ledger";
import { createPlanSchema } from "./schemas";

/** SPEC K2. The customer must be one the actor may change; the contract, if any, one of that customer's. */
export async function createPlan(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "plans.create");
  const { idempotencyKey, ...fields } = parseInput(createPlanSchema, input);
  return ctx.t.transaction((t) =>
    createOnce(ctx, t, "plans.create", idempotencyKey, async () => {
      const customer = await lockContractCustomer(t, fields.customerId);
      await assertPlanContract(t, fields.contractId, customer.id);
      await assertServiceTypes(t, fields.serviceTypeIds);
      const [row] = await t.db
        .insert(servicePlans)
        .values(t.values({ ...fields, createdById: ctx.actor.userId }))
        .returning();
      // The period of today opens with the plan, its grant the first row of the ledger.
      const current = periodOf(row!, todayIn(ctx.org.timeZone, now()));
      if (current) await ensurePeriod(t, row!, current, ctx.actor.userId);
      await recordActivity(ctx, t, { kind: "plan.created", entityId: row!.id, customerId: customer.id, summary: fields.title });
      return { id: row!.id };
    }),
  );
}
