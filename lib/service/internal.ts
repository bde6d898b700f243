import "server-only";
import { and, eq, inArray, max, type SQLWrapper, sql } from "drizzle-orm";
import { contacts, customers, memberships, orgs, type PicklistLabels, picklistItems, products, serviceRecords, users } from "@/db/schema";
import type { SlaPolicyKind } from "@/db/schema/enum-values";
import type { Tenant } from "@/lib/db/tenant";
import { refuseOutOfScope } from "@/lib/visibility/refuse-out-of-scope";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { type ActivityBy, type NewActivity, recordActivity } from "@/lib/activity/record-activity";
import { isWorkingMembership } from "@/lib/members/working-membership";
import { can } from "@/lib/permissions/can";
import { logSlaStatusMove } from "@/lib/sla/log-status-move";
import { ASSIGNEE_ACTION } from "./assignee-action";
import type { ServiceFields } from "./schemas";
import { canTransition, type ServiceStatus } from "./status";

export async function getServiceRecordInOrgOrThrow(t: Tenant, id: string, options: { lock?: boolean } = {}) {
  // A lock is for a change: it reads through the write scope.
  const byId = eq(serviceRecords.id, id);
  const query = t.db
    .select()
    .from(serviceRecords)
    .where(options.lock ? t.whereWritable(serviceRecords, byId) : t.where(serviceRecords, byId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) {
    if (options.lock) await refuseOutOfScope(t, serviceRecords, byId, "serviceRecord");
    throw new NotFoundError("serviceRecord");
  }
  return row;
}

/**
 * The next per-org record number. Locks the org's row for the rest of the transaction (NO KEY
 * UPDATE, so other inserts' foreign-key checks still pass), so two records created at the same
 * moment take turns instead of colliding on the unique number.
 */
export async function nextRecordNumber(t: Tenant) {
  await t.db.select({ id: orgs.id }).from(orgs).where(eq(orgs.id, t.orgId)).for("no key update");
  const [row] = await t.db
    .select({ n: max(serviceRecords.number) })
    .from(serviceRecords)
    .where(t.where(serviceRecords));
  return (row?.n ?? 1000) + 1;
}

type PicklistRef = { key: string; labels: PicklistLabels };

/**
 * The rows a record's fields name, as far as the reader's scope reaches them (null where it does
 * not): what the checks below and the assignment e-mail read, in one round trip.
 */
export type ServiceReferences = {
  customer: { name: string } | null;
  contact: { name: string; phone: string | null; email: string | null } | null;
  serviceType: PicklistRef | null;
  priority: PicklistRef | null;
  product: { name: string; code: string | null } | null;
};

type ReferencedIds = Pick<ServiceFields, "contactId" | "serviceTypeId" | "priorityId" | "productId"> & { customerId: string | null };

/** One statement of scalar subqueries, each through the seam like a read of its own would be. */
export async function readServiceReferences(t: Tenant, ids: ReferencedIds): Promise<ServiceReferences> {
  const one = (query: SQLWrapper | null) => (query ? sql`(${query})` : sql`null::json`);
  const item = (id: string | null | undefined, list: "service_type" | "priority") =>
    id
      ? t.db
          .select({ v: sql`json_build_object('key', ${picklistItems.key}, 'labels', ${picklistItems.labels})` })
          .from(picklistItems)
          .where(t.where(picklistItems, eq(picklistItems.id, id), eq(picklistItems.list, list)))
      : null;
  const customer = ids.customerId
    ? t.db
        .select({ v: sql`json_build_object('name', ${customers.name})` })
        .from(customers)
        .where(t.where(customers, eq(customers.id, ids.customerId)))
    : null;
  const contact =
    ids.contactId && ids.customerId
      ? t.db
          .select({ v: sql`json_build_object('name', ${contacts.name}, 'phone', ${contacts.phone}, 'email', ${contacts.email})` })
          .from(contacts)
          .where(t.where(contacts, eq(contacts.id, ids.contactId), eq(contacts.customerId, ids.customerId)))
      : null;
  const product = ids.productId
    ? t.db
        .select({ v: sql`json_build_object('name', ${products.name}, 'code', ${products.code})` })
        .from(products)
        .where(t.where(products, eq(products.id, ids.productId)))
    : null;
  const [row] = await t.db.execute<ServiceReferences>(
    sql`select ${one(customer)} as customer, ${one(contact)} as contact, ${one(item(ids.serviceTypeId, "service_type"))} as "serviceType", ${one(item(ids.priorityId, "priority"))} as priority, ${one(product)} as product`,
  );
  return row!;
}

/**
 * Ids typed by the client (customer, contact, picklist items, product) must name this org's rows,
 * and the contact must belong to the customer; otherwise the field gets an error, nothing is written.
 * `kept` is the record as stored: its customer and contact stay valid unchanged, even when the
 * reader's scope reaches the record only (assigned to it) and not its customer (issue 10).
 * Returns the rows read, for the record's subject and its assignment e-mail.
 */
export async function assertServiceReferencesInOrg(t: Tenant, fields: ServiceFields, kept?: { customerId: string | null; contactId: string | null }) {
  const errors: Record<string, string> = {};
  const sameCustomer = kept?.customerId === fields.customerId;
  const refs = await readServiceReferences(t, fields);
  if (!refs.customer && !sameCustomer) errors.customerId = "invalid";
  if (fields.contactId && !refs.contact && !(sameCustomer && kept?.contactId === fields.contactId)) errors.contactId = "invalid";
  if (fields.serviceTypeId && !refs.serviceType) errors.serviceTypeId = "invalid";
  if (fields.priorityId && !refs.priority) errors.priorityId = "invalid";
  if (fields.productId && !refs.product) errors.productId = "invalid";
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return refs;
}

/** A member as assigning them needs: whom the e-mail goes to, in which language. */
export type Assignee = { id: string; name: string; email: string; locale: string | null };

/** Working members among `userIds` who may work a record, with their e-mail details, in one read. */
async function membersToAssign(t: Tenant, userIds: string[]) {
  const rows = await t.db
    .select({
      userId: memberships.userId,
      role: memberships.role,
      level: memberships.level,
      name: users.name,
      email: users.email,
      locale: users.locale,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    // Someone who left (SPEC T8) is refused like a stranger; records they already hold keep them.
    .where(t.where(memberships, inArray(memberships.userId, userIds), isWorkingMembership()));
  const byId = new Map(rows.map((m) => [m.userId, m]));
  const person = (id: string): Assignee => ({ id, name: byId.get(id)!.name, email: byId.get(id)!.email, locale: byId.get(id)!.locale });
  return { rows, byId, person };
}

/**
 * People may be assigned only if they are members who can work the record: an assignee accepts
 * and then logs time, so whoever the permission table does not let log time (View, None) is
 * refused like a stranger, as a field error — "invalid" for non-members, "cannotLogTime" for them.
 * Returns them (once each, in order) with what their assignment e-mail needs.
 */
export async function assertAssignable(t: Tenant, userIds: string[], field = "assigneeIds"): Promise<Assignee[]> {
  if (!userIds.length) return [];
  const unique = [...new Set(userIds)];
  const { rows, person } = await membersToAssign(t, unique);
  if (rows.length !== unique.length) throw new ValidationError({ [field]: "invalid" });
  if (rows.some((m) => !can(m, ASSIGNEE_ACTION))) throw new ValidationError({ [field]: "cannotLogTime" });
  return unique.map(person);
}

/**
 * Of `userIds`, those assertAssignable would accept, in order: for work filed by a job (a
 * maintenance schedule's visit), where a technician who has left since is passed over, not an error.
 */
export async function assignablePeople(t: Tenant, userIds: string[]): Promise<Assignee[]> {
  if (!userIds.length) return [];
  const { byId, person } = await membersToAssign(t, [...new Set(userIds)]);
  return [...new Set(userIds)].filter((id) => byId.has(id) && can(byId.get(id)!, ASSIGNEE_ACTION)).map(person);
}

/**
 * The one place a record's status changes: refuses moves the flow does not allow (ConflictError
 * "invalidTransition") and writes the activity row in the caller's transaction.
 */
export async function moveStatus(
  // Any actor's context: a member's, or a token holder's (the customer approving, an assignee rejecting).
  by: ActivityBy,
  t: Tenant,
  record: { id: string; status: ServiceStatus; customerId: string | null; number: number; version: number },
  to: ServiceStatus,
  extra: Partial<typeof serviceRecords.$inferInsert> = {},
  /**
   * From a caller that filed the record in this transaction: its SLA clocks (no need to read them),
   * and `feed`, where the activity row goes for the caller to write with its own in one insert.
   */
  known: { clocks?: readonly SlaPolicyKind[]; feed?: NewActivity[] } = {},
) {
  if (record.status === to) return;
  if (!canTransition(record.status, to)) throw new ConflictError("invalidTransition");
  await t.db
    .update(serviceRecords)
    .set({ ...extra, status: to, version: record.version + 1 })
    .where(t.where(serviceRecords, and(eq(serviceRecords.id, record.id), eq(serviceRecords.status, record.status))));
  await logSlaStatusMove(t, record.id, record.status, to, known.clocks);
  const activity: NewActivity = {
    kind: "service.statusChanged",
    entityId: record.id,
    customerId: record.customerId,
    summary: `#${record.number}`,
    changes: { status: { from: record.status, to } },
  };
  if (known.feed) known.feed.push(activity);
  else await recordActivity(by, t, activity);
}
