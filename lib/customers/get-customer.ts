import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { contacts } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { customerTagIds, getCustomerInOrgOrThrow } from "./internal";
import { customerTargetSchema } from "./schemas";

/** The customer record shaped for its page: fields, version for concurrent edits, contacts. */
export async function getCustomer(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "customers.view");
  const { id } = parseInput(customerTargetSchema, input);
  const { searchText: _search, orgId: _org, createdAt, updatedAt, ...customer } = await getCustomerInOrgOrThrow(ctx.t, id);
  const people = await ctx.t.db
    .select({
      id: contacts.id,
      name: contacts.name,
      title: contacts.title,
      role: contacts.role,
      email: contacts.email,
      phone: contacts.phone,
      preferredMethod: contacts.preferredMethod,
      active: contacts.active,
      isPrimary: contacts.isPrimary,
      version: contacts.version,
    })
    .from(contacts)
    .where(ctx.t.where(contacts, eq(contacts.customerId, id)))
    .orderBy(desc(contacts.isPrimary), asc(contacts.name));
  const tagIds = await customerTagIds(ctx.t, id);
  return { ...customer, tagIds, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString(), contacts: people };
}
