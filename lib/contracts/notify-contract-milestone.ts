import "server-only";
import { eq } from "drizzle-orm";
import { contracts, customers } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import type { Tenant } from "@/lib/db/tenant";
import { defineOrgJob, type SystemContext } from "@/lib/jobs/define-job";
import { claimEffect } from "@/lib/jobs/once";
import { notify } from "@/lib/notifications/notify";
import { requirePermission } from "@/lib/permissions/require-permission";
import { contractRecipients } from "./contract-recipients";
import type { MilestoneKind } from "./due-milestones";
import { contractDates, successorIdOf } from "./internal";
import { contractMilestones } from "./state";

export type ContractMilestoneData = { contractId: string; kind: Exclude<MilestoneKind, "end">; date: string };

/** The effect's key: a changed end date is a new milestone, a re-run of the same one is nothing. */
export const contractMilestoneKey = ({ contractId, kind, date }: ContractMilestoneData) => `contract:${contractId}:${kind}:${date}`;

/** The contract with what the message names, read through the job's whole-org scope. */
async function loadContract(t: Tenant, id: string) {
  const [row] = await t.db
    .select({ contract: contracts, customerName: customers.name, salesRepId: customers.salesRepId })
    .from(contracts)
    .innerJoin(customers, t.where(customers, eq(customers.id, contracts.customerId)))
    .where(t.where(contracts, eq(contracts.id, id)));
  return row;
}

/**
 * Sends one milestone of one contract (SPEC K1): "expiring" before the end and at the notice
 * deadline, "expired" after it, to the sales rep and the admins, with a row in the customer's feed.
 * The contract is read again first: if its dates moved, were terminated or renewed since the sweep
 * saw it, this milestone is no longer due and nothing is claimed, so it can still come back.
 */
export async function notifyContractMilestone(ctx: SystemContext, data: ContractMilestoneData) {
  requirePermission(ctx, "contracts.view");
  return ctx.t.transaction(async (t) => {
    const found = await loadContract(t, data.contractId);
    if (!found) return false;
    const { contract } = found;
    const dates = contractDates(contract, ctx.org.timeZone, await successorIdOf(t, contract.id));
    if (dates.renewedIntoId || (dates.terminatedAt && dates.terminatedAt <= now())) return false;
    const milestone = contractMilestones(dates, ctx.org.timeZone)[data.kind];
    if (!milestone || milestone.date !== data.date || milestone.at > now()) return false;
    if (data.kind === "noticeDeadline" && contract.noticeDays === 0) return false;
    // A contract that renews itself does not expire: its successor takes over on the end date.
    if (data.kind === "notifyAfter" && contract.autoRenew && contract.renewalMonths !== null) return false;
    if (!(await claimEffect(t, contractMilestoneKey(data), ctx.actor.job))) return false;

    const kind = data.kind === "notifyAfter" ? "contract_expired" : "contract_expiring";
    await notify(ctx, t, {
      kind,
      recipients: await contractRecipients(t, found.salesRepId),
      entity: { type: "contract", id: contract.id, customerId: contract.customerId },
      params: { subject: contract.name, customer: found.customerName, date: contract.endsOn! },
      key: contractMilestoneKey(data),
    });
    await recordActivity(ctx, t, {
      kind: kind === "contract_expired" ? "contract.expiredNotified" : "contract.expiringNotified",
      entityId: contract.id,
      customerId: contract.customerId,
      summary: contract.name,
    });
    return true;
  });
}

export const contractMilestoneJob = defineOrgJob<ContractMilestoneData>({
  name: "contract-milestone",
  run: async (ctx, data) => void (await notifyContractMilestone(ctx, data)),
});
