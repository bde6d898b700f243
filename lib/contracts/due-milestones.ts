import type { ContractDates, ContractMilestones } from "./state";
import { contractMilestones } from "./state";

// Client-safe and pure: what the milestone and auto-renew jobs (issue 11, helper E's job framework)
// will act on. Wiring comes with the jobs; each effect is made exactly once there by a unique key
// (contract id + milestone) in our own tables, so listing the same milestone twice is harmless.

export type MilestoneKind = "notifyBefore" | "noticeDeadline" | "end" | "notifyAfter";
export type DueContract = ContractDates & { id: string; autoRenew: boolean; renewalMonths: number | null };
export type DueMilestone = { contractId: string; kind: MilestoneKind; date: string; at: Date };

const NOTIFYING: MilestoneKind[] = ["notifyBefore", "noticeDeadline", "notifyAfter"];

/**
 * The milestones whose instant has come by `now` and, for each, whether it is still worth acting
 * on: a terminated or renewed contract sends no reminders and is not renewed again. Notifications
 * are due once their day has started in the org's zone; a renewal is due on the end day, for a
 * contract that auto-renews with a renewal period.
 */
export function dueMilestones(contracts: readonly DueContract[], now: Date, timeZone: string) {
  const notifications: DueMilestone[] = [];
  const renewals: DueMilestone[] = [];
  const at = now.getTime();
  for (const contract of contracts) {
    if (contract.renewedIntoId) continue;
    if (contract.terminatedAt && contract.terminatedAt.getTime() <= at) continue;
    if (!contract.start) continue;
    const milestones: ContractMilestones = contractMilestones(contract, timeZone);
    for (const kind of NOTIFYING) {
      const milestone = milestones[kind];
      if (milestone && milestone.at.getTime() <= at) notifications.push({ contractId: contract.id, kind, ...milestone });
    }
    if (contract.autoRenew && contract.renewalMonths && milestones.end && milestones.end.at.getTime() <= at) {
      renewals.push({ contractId: contract.id, kind: "end", ...milestones.end });
    }
  }
  return { notifications, renewals };
}
