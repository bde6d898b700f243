import "server-only";
import { now } from "@/lib/clock";
import { defineSweep } from "@/lib/jobs/define-job";
import { findDueContracts } from "@/lib/jobs/find-due-contracts";
import { contractMilestoneJob, contractMilestoneKey } from "./notify-contract-milestone";
import { contractRenewalJob, contractRenewalKey } from "./renew-contract-on-end";

/** Every minute: each due milestone and renewal of every org becomes one org job (lib/README.md, "Jobs"). */
export const contractMilestonesSweep = defineSweep({
  name: "contract-milestones-sweep",
  run: async (enqueue) => {
    const { notifications, renewals } = await findDueContracts(now());
    for (const { orgId, contractId, kind, date } of renewals) {
      if (kind === "end") await enqueue(contractRenewalJob, orgId, { contractId, date }, contractRenewalKey({ contractId, date }));
    }
    for (const { orgId, contractId, kind, date } of notifications) {
      if (kind === "end") continue;
      const data = { contractId, kind, date };
      await enqueue(contractMilestoneJob, orgId, data, contractMilestoneKey(data));
    }
  },
});
