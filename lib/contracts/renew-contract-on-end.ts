import "server-only";
import { eq } from "drizzle-orm";
import { contracts, customers, slaPolicies } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { now } from "@/lib/clock";
import { defineOrgJob, type SystemContext } from "@/lib/jobs/define-job";
import { claimEffect } from "@/lib/jobs/once";
import { notify } from "@/lib/notifications/notify";
import { requirePermission } from "@/lib/permissions/require-permission";
import { contractRecipients } from "./contract-recipients";
import { contractDates, getContractInOrgOrThrow, lockContractCustomer, moveCustomerForContract, successorIdOf } from "./internal";
import { contractMilestones } from "./state";
import { successorTerm } from "./successor-term";

export type ContractRenewalData = { contractId: string; date: string };

export const contractRenewalKey = ({ contractId, date }: ContractRenewalData) => `contract:${contractId}:renew:${date}`;

/**
 * Auto-renew (SPEC K1): on the end date of a contract that renews itself, one successor for the
 * renewal period, with the same type, name, customer, notice and notify settings, auto-renew and
 * SLA policy, linked by previous_id. The claim and the unique previous_id both keep it single: a
 * successor made meanwhile (by hand, or a run that got there first) means "already renewed".
 */
export async function renewContractOnEnd(ctx: SystemContext, data: ContractRenewalData) {
  requirePermission(ctx, "contracts.create");
  return ctx.t.transaction(async (t) => {
    const current = await getContractInOrgOrThrow(t, data.contractId, { lock: true });
    const dates = contractDates(current, ctx.org.timeZone, await successorIdOf(t, current.id));
    if (!current.autoRenew || !current.renewalMonths || dates.renewedIntoId) return null;
    if (dates.terminatedAt && dates.terminatedAt <= now()) return null;
    const end = contractMilestones(dates, ctx.org.timeZone).end;
    if (!end || end.date !== data.date || end.at > now()) return null;
    if (!(await claimEffect(t, contractRenewalKey(data), ctx.actor.job))) return null;

    const term = successorTerm(current.endsOn!, current.renewalMonths, ctx.org.timeZone);
    const [successor] = await t.db
      .insert(contracts)
      .values(
        t.values({
          customerId: current.customerId,
          typeId: current.typeId,
          name: current.name,
          description: current.description,
          startsOn: term.start,
          endsOn: term.end,
          renewalMonths: current.renewalMonths,
          noticeDays: current.noticeDays,
          notifyBeforeDays: current.notifyBeforeDays,
          notifyAfterDays: current.notifyAfterDays,
          autoRenew: current.autoRenew,
          servicePlanId: current.servicePlanId,
          previousId: current.id,
        }),
      )
      .onConflictDoNothing()
      .returning();
    if (!successor) return null; // already renewed
    const [policy] = await t.db
      .select()
      .from(slaPolicies)
      .where(t.where(slaPolicies, eq(slaPolicies.contractId, current.id)));
    if (policy) {
      const { kind, calendarId, targets, pauseStatuses, warnPercent, escalations } = policy;
      await t.db
        .insert(slaPolicies)
        .values(t.values({ contractId: successor.id, kind, calendarId, targets, pauseStatuses, warnPercent, escalations }));
    }
    const customer = await lockContractCustomer(t, current.customerId);
    await recordActivity(ctx, t, { kind: "contract.renewed", entityId: successor.id, customerId: customer.id, summary: successor.name });
    await moveCustomerForContract(ctx, t, customer, successor);
    const [rep] = await t.db
      .select({ salesRepId: customers.salesRepId })
      .from(customers)
      .where(t.where(customers, eq(customers.id, customer.id)));
    await notify(ctx, t, {
      kind: "contract_renewed",
      recipients: await contractRecipients(t, rep?.salesRepId ?? null),
      entity: { type: "contract", id: successor.id, customerId: customer.id },
      params: { subject: successor.name, customer: customer.name, date: term.end },
      key: contractRenewalKey(data),
    });
    return { id: successor.id };
  });
}

export const contractRenewalJob = defineOrgJob<ContractRenewalData>({
  name: "contract-renewal",
  run: async (ctx, data) => void (await renewContractOnEnd(ctx, data)),
});
