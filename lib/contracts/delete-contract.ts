import "server-only";
import { eq } from "drizzle-orm";
import { contracts, maintenanceSchedules, servicePlans } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { removeStoredFile } from "@/lib/files/store";
import { parseInput } from "@/lib/validation";
import { getContractInOrgOrThrow } from "./internal";
import { contractTargetSchema } from "./schemas";

/**
 * Deletes a contract (the page asks for confirmation first). A renewal chain stays whole around
 * the gap: the successor now continues the contract this one renewed (or starts the chain). The
 * stored file is removed after the rows commit.
 */
export async function deleteContract(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "contracts.delete");
  const { id } = parseInput(contractTargetSchema, input);
  const fileKey = await ctx.t.transaction(async (t) => {
    const current = await getContractInOrgOrThrow(t, id, { lock: true });
    // A successor in the chain has the same customer, so the same scope; the integrity step
    // must still see it whoever deletes, hence the org-wide tenant.
    const org = t.orgWide();
    const [successor] = await org.db
      .update(contracts)
      .set({ previousId: null })
      .where(org.where(contracts, eq(contracts.previousId, id)))
      .returning({ id: contracts.id });
    // A maintenance schedule under the contract keeps running without it (its contract is optional).
    await org.db
      .update(maintenanceSchedules)
      .set({ contractId: null })
      .where(org.where(maintenanceSchedules, eq(maintenanceSchedules.contractId, id)));
    // So does a service plan: its contract is optional, its ledger is the customer's history.
    await org.db
      .update(servicePlans)
      .set({ contractId: null })
      .where(org.where(servicePlans, eq(servicePlans.contractId, id)));
    await t.db.delete(contracts).where(t.where(contracts, eq(contracts.id, id)));
    // previous_id is unique, so the successor takes the link only once this row is gone.
    if (successor && current.previousId) {
      await org.db
        .update(contracts)
        .set({ previousId: current.previousId })
        .where(org.where(contracts, eq(contracts.id, successor.id)));
    }
    await recordActivity(ctx, t, { kind: "contract.deleted", entityId: id, customerId: current.customerId, summary: current.name });
    return current.fileKey;
  });
  if (fileKey) await removeStoredFile(fileKey);
}
