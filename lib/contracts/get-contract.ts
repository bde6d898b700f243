import "server-only";
import { eq } from "drizzle-orm";
import { contracts, customers, picklistItems } from "@/db/schema";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { labelIn } from "@/lib/service/get-service-record";
import { parseInput } from "@/lib/validation";
import { contractDates, getContractInOrgOrThrow, successorIdOf } from "./internal";
import { contractTargetSchema } from "./schemas";
import { contractMilestones, deriveContractState } from "./state";

/** Chains are a handful of terms; the bound only keeps a corrupted loop from running forever. */
const MAX_CHAIN = 200;

/** The renewal chain around a contract, oldest first: the terms it renewed, itself, its renewals. */
async function renewalChain(t: Tenant, start: { id: string; previousId: string | null }) {
  const before: string[] = [];
  for (let id = start.previousId; id && before.length < MAX_CHAIN;) {
    before.unshift(id);
    const [row] = await t.db
      .select({ previousId: contracts.previousId })
      .from(contracts)
      .where(t.where(contracts, eq(contracts.id, id)));
    id = row?.previousId ?? null;
  }
  const afterIds: string[] = [];
  for (let id = await successorIdOf(t, start.id); id && afterIds.length < MAX_CHAIN; id = await successorIdOf(t, id)) afterIds.push(id);
  return [...before, start.id, ...afterIds];
}

/** A contract with its customer, type, derived state, milestones and renewal history (SPEC K1). */
export async function getContract(ctx: OrgContext, input: unknown, locale: Locale = "en") {
  requirePermission(ctx, "contracts.view");
  const { id } = parseInput(contractTargetSchema, input);
  const t = ctx.t;
  const row = await getContractInOrgOrThrow(t, id);
  const zone = ctx.org.timeZone;
  const [customer] = await t.db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(t.where(customers, eq(customers.id, row.customerId)));
  const [type] = await t.db
    .select({ labels: picklistItems.labels })
    .from(picklistItems)
    .where(t.where(picklistItems, eq(picklistItems.id, row.typeId)));
  const chainIds = await renewalChain(t, row);
  const chain = [];
  for (const chainId of chainIds) {
    const term = chainId === id ? row : await getContractInOrgOrThrow(t, chainId);
    const next = chainIds[chainIds.indexOf(chainId) + 1] ?? null;
    chain.push({
      id: term.id,
      name: term.name,
      startsOn: term.startsOn,
      endsOn: term.endsOn,
      state: deriveContractState(contractDates(term, zone, next), now(), zone),
    });
  }
  const renewedIntoId = chainIds[chainIds.indexOf(id) + 1] ?? null;
  const dates = contractDates(row, zone, renewedIntoId);
  return {
    ...row,
    customerName: customer?.name ?? "",
    typeLabel: labelIn(type?.labels ?? null, locale) ?? "",
    state: deriveContractState(dates, now(), zone),
    milestones: contractMilestones(dates, zone),
    chain,
  };
}

export type ContractDetail = Awaited<ReturnType<typeof getContract>>;
