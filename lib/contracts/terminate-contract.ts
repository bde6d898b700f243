import "server-only";
import { eq } from "drizzle-orm";
import { contracts } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { ConflictError, ValidationError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { getContractInOrgOrThrow } from "./internal";
import { terminateContractSchema } from "./schemas";

/**
 * Ends a contract early on a given day (today or later: notice given now takes effect then). From
 * 00:00 of that day in the org's zone its state is "terminated"; auto-renew never renews it.
 */
export async function terminateContract(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "contracts.terminate");
  const { id, version, terminatedOn, reason } = parseInput(terminateContractSchema, input);
  return ctx.t.transaction(async (t) => {
    const current = await getContractInOrgOrThrow(t, id, { lock: true });
    if (current.version !== version) throw new ConflictError("staleVersion");
    if (current.terminatedOn) throw new ConflictError("alreadyTerminated");
    if (current.startsOn && terminatedOn < current.startsOn) throw new ValidationError({ terminatedOn: "beforeStart" });
    await t.db
      .update(contracts)
      .set({ terminatedOn, terminationReason: reason, version: version + 1 })
      .where(t.where(contracts, eq(contracts.id, id)));
    await recordActivity(ctx, t, {
      kind: "contract.terminated",
      entityId: id,
      customerId: current.customerId,
      summary: current.name,
      changes: { terminatedOn: { from: null, to: terminatedOn } },
    });
    return { id, version: version + 1 };
  });
}
