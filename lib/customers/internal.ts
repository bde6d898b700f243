import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { contacts, customers, customerTags, memberships, picklistItems } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { isWorkingMembership } from "@/lib/members/working-membership";
import { refuseOutOfScope } from "@/lib/visibility/refuse-out-of-scope";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { contactSearchText } from "@/lib/contacts/internal";
import { searchDocument } from "@/lib/search/fold";
import type { CustomerFields } from "./schemas";

export async function getCustomerInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}) {
  // A lock is for a change: it reads through the write scope.
  const byId = eq(customers.id, id);
  const query = t.db
    .select()
    .from(customers)
    .where(options.lock ? t.whereWritable(customers, byId) : t.where(customers, byId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) {
    if (options.lock) await refuseOutOfScope(t, customers, byId, "customer");
    throw new NotFoundError("customer");
  }
  return row;
}

/**
 * Ids typed by the client (parent, region, reps) must name rows of this org; otherwise the field
 * gets an error and nothing is written. A rep who has left (SPEC T8) is not offered, so cannot be
 * newly chosen ("memberLeft"); `kept` are the reps the record already has, which stay until handed
 * over, so saving the form unchanged keeps them.
 */
export async function assertReferencesInOrg(
  t: Tenant,
  fields: CustomerFields,
  selfId?: string,
  kept: { salesRepId: string | null; supportRepId: string | null } = { salesRepId: null, supportRepId: null },
) {
  const errors: Record<string, string> = {};
  if (fields.parentId) {
    const [parent] =
      fields.parentId === selfId
        ? []
        : await t.db
            .select({ id: customers.id })
            .from(customers)
            .where(t.where(customers, eq(customers.id, fields.parentId)));
    if (!parent) errors.parentId = "invalid";
  }
  if (fields.regionId) {
    const [region] = await t.db
      .select({ id: picklistItems.id })
      .from(picklistItems)
      .where(t.where(picklistItems, eq(picklistItems.id, fields.regionId), eq(picklistItems.list, "region")));
    if (!region) errors.regionId = "invalid";
  }
  if (fields.tagIds.length) {
    const tags = await t.db
      .select({ id: picklistItems.id })
      .from(picklistItems)
      .where(t.where(picklistItems, inArray(picklistItems.id, fields.tagIds), eq(picklistItems.list, "tag")));
    if (tags.length !== fields.tagIds.length) errors.tagIds = "invalid";
  }
  const reps = [fields.salesRepId, fields.supportRepId].filter((id): id is string => !!id);
  if (reps.length) {
    const members = await t.db
      .select({ userId: memberships.userId, working: sql<boolean>`${isWorkingMembership()}` })
      .from(memberships)
      .where(t.where(memberships, inArray(memberships.userId, reps)));
    for (const field of ["salesRepId", "supportRepId"] as const) {
      const id = fields[field];
      if (!id) continue;
      const member = members.find((m) => m.userId === id);
      if (!member) errors[field] = "invalid";
      else if (!member.working && id !== kept[field]) errors[field] = "memberLeft";
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

export async function assertAccountCodeFree(t: Tenant, accountCode: string | null, selfId?: string) {
  if (!accountCode) return;
  // Codes are unique in the whole org, including customers outside the actor's scope.
  const org = t.orgWide();
  const [other] = await org.db
    .select({ id: customers.id })
    .from(customers)
    .where(org.where(customers, eq(customers.accountCode, accountCode)));
  if (other && other.id !== selfId) throw new ValidationError({ accountCode: "accountCodeTaken" });
}

/**
 * Rebuilds the folded search texts after any write to a customer or its contacts: the customer's
 * (its fields and its contacts' names, phones, e-mails) and each contact's (its own fields and the
 * company name, so the contacts list finds everyone at "Delta" by "delta").
 */
export async function refreshCustomerSearch(scoped: Tenant, customerId: string) {
  // Derived from every contact of the customer, whoever is writing: the whole org's rows.
  const t = scoped.orgWide();
  const customer = await getCustomerInOrgOrThrow(t, customerId);
  const people = await t.db
    .select({
      id: contacts.id,
      name: contacts.name,
      title: contacts.title,
      role: contacts.role,
      email: contacts.email,
      phone: contacts.phone,
      searchText: contacts.searchText,
    })
    .from(contacts)
    .where(t.where(contacts, eq(contacts.customerId, customerId)));
  for (const person of people) {
    const searchText = contactSearchText(person, customer.name);
    if (searchText !== person.searchText)
      await t.db
        .update(contacts)
        .set({ searchText })
        .where(t.where(contacts, eq(contacts.id, person.id)));
  }
  const searchText = searchDocument([
    customer.name,
    customer.accountCode,
    customer.email,
    customer.phone,
    customer.workPhone,
    ...people.flatMap((p) => [p.name, p.email, p.phone]),
  ]);
  await t.db
    .update(customers)
    .set({ searchText })
    .where(t.where(customers, eq(customers.id, customerId)));
}

/** The customer's tag ids, sorted, so before/after compare as equal when only the order differs. */
export async function customerTagIds(t: Tenant, customerId: string) {
  const rows = await t.db
    .select({ tagId: customerTags.tagId })
    .from(customerTags)
    .where(t.where(customerTags, eq(customerTags.customerId, customerId)));
  return rows.map((r) => r.tagId).sort();
}

export async function setCustomerTags(t: Tenant, customerId: string, tagIds: string[]) {
  await t.db.delete(customerTags).where(t.where(customerTags, eq(customerTags.customerId, customerId)));
  if (tagIds.length) await t.db.insert(customerTags).values(tagIds.map((tagId) => t.values({ customerId, tagId })));
}
