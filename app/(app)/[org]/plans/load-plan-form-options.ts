import "server-only";
import type { OrgContext } from "@/lib/context";
import { listCustomerContracts } from "@/lib/contracts/list-customer-contracts";
import type { Locale } from "@/lib/i18n/locales";
import { can } from "@/lib/permissions/can";
import { listPicklist } from "@/lib/picklists/list-picklist";

/** What the plan form offers: the org's service types and the chosen customer's contracts. */
export async function loadPlanFormOptions(ctx: OrgContext, customerId: string | null, locale: Locale) {
  const types = await listPicklist(ctx, "service_type", locale);
  const contracts = customerId && can(ctx.actor, "contracts.view") ? (await listCustomerContracts(ctx, { customerId }, locale)).rows : [];
  return {
    serviceTypes: types.map((type) => ({ id: type.id, label: type.label })),
    contracts: contracts.map((c) => ({ id: c.id, name: c.name })),
  };
}
