import "server-only";
import { and, eq, inArray, max } from "drizzle-orm";
import { contacts, customers, memberships, orgs, picklistItems, products, serviceRecords } from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { refuseOutOfScope } from "@/lib/visibility/refuse-out-of-scope";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { type ActivityBy, recordActivity } from "@/lib/activity/record-activity";
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

/**
 * Ids typed by the client (customer, contact, picklist items, product) must name this org's rows,
 * and the contact must belong to the customer; otherwise the field gets an error, nothing is written.
 * `kept` is the record as stored: its customer and contact stay valid unchanged, even when the
 * reader's scope reaches the record only (assigned to it) and not its customer (issue 10).
 */
export async function assertServiceReferencesInOrg(t: Tenant, fields: ServiceFields, kept?: { customerId: string | null; contactId: string | null }) {
  const errors: Record<string, string> = {};
  const sameCustomer = kept?.customerId === fields.customerId;
  const [customer] = sameCustomer
    ? [{ id: fields.customerId }]
    : await t.db
        .select({ id: customers.id })
        .from(customers)
        .where(t.where(customers, eq(customers.id, fields.customerId)));
  if (!customer) errors.customerId = "invalid";
  if (fields.contactId && !(sameCustomer && kept?.contactId === fields.contactId)) {
    const [contact] = await t.db
      .select({ id: contacts.id })
      .from(contacts)
      .where(t.where(contacts, eq(contacts.id, fields.contactId), eq(contacts.customerId, fields.customerId)));
    if (!contact) errors.contactId = "invalid";
  }
  for (const [field, list] of [
    ["serviceTypeId", "service_type"],
    ["priorityId", "priority"],
  ] as const) {
    const value = fields[field];
    if (!value) continue;
    const [item] = await t.db
      .select({ id: picklistItems.id })
      .from(picklistItems)
      .where(t.where(picklistItems, eq(picklistItems.id, value), eq(picklistItems.list, list)));
    if (!item) errors[field] = "invalid";
  }
  if (fields.productId) {
    const [product] = await t.db
      .select({ id: products.id })
      .from(products)
      .where(t.where(products, eq(products.id, fields.productId)));
    if (!product) errors.productId = "invalid";
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/**
 * People may be assigned only if they are members who can work the record: an assignee accepts
 * and then logs time, so whoever the permission table does not let log time (View, None) is
 * refused like a stranger, as a field error — "invalid" for non-members, "cannotLogTime" for them.
 */
export async function assertAssignable(t: Tenant, userIds: string[], field = "assigneeIds") {
  if (!userIds.length) return;
  const rows = await t.db
    .select({ userId: memberships.userId, role: memberships.role, level: memberships.level })
    .from(memberships)
    // Someone who left (SPEC T8) is refused like a stranger; records they already hold keep them.
    .where(t.where(memberships, inArray(memberships.userId, userIds), isWorkingMembership()));
  if (rows.length !== new Set(userIds).size) throw new ValidationError({ [field]: "invalid" });
  if (rows.some((m) => !can(m, ASSIGNEE_ACTION))) throw new ValidationError({ [field]: "cannotLogTime" });
}

/**
 * Of `userIds`, those assertAssignable would accept, in order: for work filed by a job (a
 * maintenance schedule's visit), where a technician who has left since is passed over, not an error.
 */
export async function assignableUserIds(t: Tenant, userIds: string[]) {
  if (!userIds.length) return [];
  const rows = await t.db
    .select({ userId: memberships.userId, role: memberships.role, level: memberships.level })
    .from(memberships)
    .where(t.where(memberships, inArray(memberships.userId, userIds), isWorkingMembership()));
  const ok = new Set(rows.filter((m) => can(m, ASSIGNEE_ACTION)).map((m) => m.userId));
  return userIds.filter((id) => ok.has(id));
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
) {
  if (record.status === to) return;
  if (!canTransition(record.status, to)) throw new ConflictError("invalidTransition");
  await t.db
    .update(serviceRecords)
    .set({ ...extra, status: to, version: record.version + 1 })
    .where(t.where(serviceRecords, and(eq(serviceRecords.id, record.id), eq(serviceRecords.status, record.status))));
  await logSlaStatusMove(t, record.id, record.status, to);
  await recordActivity(by, t, {
    kind: "service.statusChanged",
    entityId: record.id,
    customerId: record.customerId,
    summary: `#${record.number}`,
    changes: { status: { from: record.status, to } },
  });
}
