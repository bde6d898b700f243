import "server-only";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { contracts, picklistItems } from "@/db/schema";
import type { ContractState } from "@/db/schema/enum-values";
import { now } from "@/lib/clock";
import type { OrgContext } from "@/lib/context";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { labelIn } from "@/lib/service/get-service-record";
import { parseInput } from "@/lib/validation";
import { stateOfRow, todayIn } from "./state-sql";

const customerContractsSchema = z.object({ customerId: z.uuid({ error: "invalid" }) });

/** Contracts in force first: an active or expiring one is "the current contract". */
const IN_FORCE: readonly ContractState[] = ["active", "expiring_soon"];

/**
 * A customer's contracts with their state (the customer page's section), and the current one: the
 * contract in force that ends last (an open-ended one counts as ending last). The customer header,
 * the service form and the quick support entry show its end date and state.
 */
export async function listCustomerContracts(ctx: OrgContext, input: unknown, locale: Locale = "en") {
  requirePermission(ctx, "contracts.view");
  const { customerId } = parseInput(customerContractsSchema, input);
  const t = ctx.t;
  const found = await t.db
    .select({
      id: contracts.id,
      name: contracts.name,
      typeLabels: picklistItems.labels,
      startsOn: contracts.startsOn,
      endsOn: contracts.endsOn,
      state: stateOfRow(t, todayIn(ctx.org.timeZone, now())),
    })
    .from(contracts)
    .innerJoin(picklistItems, t.where(picklistItems, eq(picklistItems.id, contracts.typeId)))
    .where(t.where(contracts, eq(contracts.customerId, customerId)))
    .orderBy(desc(contracts.endsOn), desc(contracts.createdAt))
    .limit(100);
  const rows = found.map(({ typeLabels, ...row }) => ({ ...row, typeLabel: labelIn(typeLabels, locale) ?? "" }));
  const inForce = rows.filter((r) => IN_FORCE.includes(r.state));
  const current = inForce.find((r) => r.endsOn === null) ?? inForce[0] ?? null;
  return { rows, current };
}

export type CustomerContracts = Awaited<ReturnType<typeof listCustomerContracts>>;
