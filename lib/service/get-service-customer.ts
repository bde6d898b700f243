import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { contacts, customers, picklistItems } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { listCustomerContracts } from "@/lib/contracts/list-customer-contracts";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { can } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { labelIn } from "./get-service-record";
import { serviceTargetSchema } from "./schemas";

/**
 * SPEC S2: what the service form shows once a customer is chosen — account code, region, how to
 * reach it, its current contract's end date and state (for those who may see contracts) — and its
 * contacts for the contact select.
 */
export async function getServiceCustomer(ctx: OrgContext, input: unknown, locale: Locale = "en") {
  requirePermission(ctx, "serviceRecords.view");
  const { id } = parseInput(serviceTargetSchema, input);
  const [customer] = await ctx.t.db
    .select({
      id: customers.id,
      name: customers.name,
      accountCode: customers.accountCode,
      email: customers.email,
      phone: customers.phone,
      regionLabels: picklistItems.labels,
    })
    .from(customers)
    .leftJoin(picklistItems, ctx.t.where(picklistItems, eq(picklistItems.id, customers.regionId)))
    .where(ctx.t.where(customers, eq(customers.id, id)));
  if (!customer) throw new NotFoundError("customer");
  const people = await ctx.t.db
    .select({ id: contacts.id, name: contacts.name, email: contacts.email, phone: contacts.phone, isPrimary: contacts.isPrimary })
    .from(contacts)
    .where(ctx.t.where(contacts, eq(contacts.customerId, id)))
    .orderBy(desc(contacts.isPrimary), asc(contacts.name));
  const current = can(ctx.actor, "contracts.view") ? (await listCustomerContracts(ctx, { customerId: id }, locale)).current : null;
  const contract = current ? { endsOn: current.endsOn, state: current.state } : null;
  const { regionLabels, ...rest } = customer;
  return { ...rest, region: labelIn(regionLabels, locale), contract, contacts: people };
}

export type ServiceCustomer = Awaited<ReturnType<typeof getServiceCustomer>>;
