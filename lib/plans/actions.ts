"use server";

import { orgAction, orgMutation } from "@/lib/actions/result";
import { addPlanWork } from "./add-plan-work";
import { adjustPlanHours } from "./adjust-plan-hours";
import { archivePlan } from "./archive-plan";
import { closePlanPeriod } from "./close-plan-period";
import { createPlan } from "./create-plan";
import { listCustomerPlans } from "./list-customer-plans";
import { recomputePlanLedger } from "./recompute-plan-ledger";
import { updatePlan } from "./update-plan";

export async function createPlanAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => createPlan(ctx, values));
}

export async function updatePlanAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updatePlan(ctx, values));
}

export async function archivePlanAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => archivePlan(ctx, values));
}

export async function adjustPlanHoursAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => adjustPlanHours(ctx, values));
}

export async function addPlanWorkAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => addPlanWork(ctx, values));
}

export async function closePlanPeriodAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => closePlanPeriod(ctx, values));
}

export async function recomputePlanLedgerAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => recomputePlanLedger(ctx, values));
}

/** The plan picker of the contract form, for the customer just chosen there (guarded and scoped by the verb). */
export async function listCustomerPlanOptionsAction(orgSlug: string, query: unknown) {
  return orgAction(orgSlug, async (ctx) => (await listCustomerPlans(ctx, query)).map(({ id, title }) => ({ id, title })));
}
