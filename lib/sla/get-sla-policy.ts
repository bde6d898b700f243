import "server-only";
import { asc, eq } from "drizzle-orm";
import { businessCalendars, contracts, slaPolicies } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { contractPolicyKind } from "./internal";
import { slaPolicyTargetSchema } from "./schemas";

/**
 * The policy of an SLA or OLA contract and what its editor offers (the org's calendars). `kind`
 * null: the contract is of another type and carries no policy. A contract outside the reader's
 * scope is NotFound, and so is its policy (the registry line follows the contract's customer).
 */
export async function getSlaPolicy(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "contracts.view");
  const { contractId } = parseInput(slaPolicyTargetSchema, input);
  const [contract] = await ctx.t.db
    .select({ id: contracts.id, typeId: contracts.typeId })
    .from(contracts)
    .where(ctx.t.where(contracts, eq(contracts.id, contractId)));
  if (!contract) throw new NotFoundError("contract");
  const kind = await contractPolicyKind(ctx.t, contract.typeId);
  const [policy] = await ctx.t.db
    .select()
    .from(slaPolicies)
    .where(ctx.t.where(slaPolicies, eq(slaPolicies.contractId, contractId)));
  const calendars = await ctx.t.db
    .select({ id: businessCalendars.id, name: businessCalendars.name, isDefault: businessCalendars.isDefault })
    .from(businessCalendars)
    .where(ctx.t.where(businessCalendars))
    .orderBy(asc(businessCalendars.name));
  return { contractId, kind, policy: policy ?? null, calendars };
}
