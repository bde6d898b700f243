import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { contacts, customers, picklistItems, type PicklistLabels, products, serviceAssignments, serviceRecords, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { serviceTargetSchema } from "./schemas";
import { canTransition, MANUAL_TARGETS } from "./status";

/** A picklist item's label in `locale`, falling back like listPicklist does. */
export function labelIn(labels: PicklistLabels | null, locale: Locale) {
  if (!labels) return null;
  return labels[locale] ?? labels.en ?? Object.values(labels)[0] ?? null;
}

const serviceType = alias(picklistItems, "service_type");
const priority = alias(picklistItems, "priority");
const region = alias(picklistItems, "region");
const creator = alias(users, "creator");

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * The record shaped for its page: fields, the customer and contact with what the operator needs
 * to call them, labels in the viewer's language, assignees with their answers, the manual status
 * moves open from here, and the version for concurrent edits.
 */
export async function getServiceRecord(ctx: OrgContext, input: unknown, locale: Locale = "en") {
  requirePermission(ctx, "serviceRecords.view");
  const { id } = parseInput(serviceTargetSchema, input);
  const t = ctx.t;
  // Every join repeats the org: a row of another org can never be joined in, whatever an id says.
  const [row] = await t.db
    .select({
      record: serviceRecords,
      customer: { id: customers.id, name: customers.name, accountCode: customers.accountCode, email: customers.email, phone: customers.phone },
      regionLabels: region.labels,
      contact: { id: contacts.id, name: contacts.name, email: contacts.email, phone: contacts.phone },
      serviceTypeLabels: serviceType.labels,
      priorityLabels: priority.labels,
      product: { id: products.id, name: products.name, code: products.code, unit: products.unit, price: products.price },
      createdByName: creator.name,
    })
    .from(serviceRecords)
    // A record in scope names its customer and contact even when the customer is not in the reader's
    // scope (a technician assigned to a site they are not authorised for still needs the address).
    .leftJoin(customers, t.whereInOrg(customers, eq(customers.id, serviceRecords.customerId)))
    .leftJoin(region, t.where(region, eq(region.id, customers.regionId)))
    .leftJoin(contacts, t.whereInOrg(contacts, eq(contacts.id, serviceRecords.contactId)))
    .leftJoin(serviceType, t.where(serviceType, eq(serviceType.id, serviceRecords.serviceTypeId)))
    .leftJoin(priority, t.where(priority, eq(priority.id, serviceRecords.priorityId)))
    .leftJoin(products, t.where(products, eq(products.id, serviceRecords.productId)))
    .leftJoin(creator, eq(creator.id, serviceRecords.createdById))
    .where(t.where(serviceRecords, eq(serviceRecords.id, id)));
  if (!row) throw new NotFoundError("serviceRecord");
  const r = row.record;

  const assignees = await t.db
    .select({
      userId: serviceAssignments.userId,
      name: users.name,
      response: serviceAssignments.response,
      respondedAt: serviceAssignments.respondedAt,
      checkInAt: serviceAssignments.checkInAt,
      checkOutAt: serviceAssignments.checkOutAt,
    })
    .from(serviceAssignments)
    .innerJoin(users, eq(users.id, serviceAssignments.userId))
    .where(t.where(serviceAssignments, eq(serviceAssignments.recordId, id)))
    .orderBy(asc(serviceAssignments.assignedAt), asc(users.name));

  return {
    id: r.id,
    number: r.number,
    status: r.status,
    /** Manual moves (Start work, Cancel) the status flow allows from here. */
    nextStatuses: MANUAL_TARGETS.filter((to) => canTransition(r.status, to)),
    customerId: r.customerId,
    customer: row.customer ? { ...row.customer, region: labelIn(row.regionLabels, locale) } : null,
    contactId: r.contactId,
    contact: row.contact,
    serviceTypeId: r.serviceTypeId,
    serviceType: labelIn(row.serviceTypeLabels, locale),
    priorityId: r.priorityId,
    priority: labelIn(row.priorityLabels, locale),
    requestDate: r.requestDate,
    subjectKind: r.subjectKind,
    subject: r.subject,
    productId: r.productId,
    product: row.product,
    description: r.description,
    plannedStart: iso(r.plannedStart),
    plannedEnd: iso(r.plannedEnd),
    actualStart: iso(r.actualStart),
    actualEnd: iso(r.actualEnd),
    fee: r.fee,
    result: r.result,
    internalNote: r.internalNote,
    reportEmail: r.reportEmail,
    /**
     * Where the completion form offers to send the report: the address used last time (a reopened
     * record), else the record's contact person, else the company — the person who asked for the
     * work is the one who should approve it, and many companies have no general address.
     */
    reportTo: r.reportEmail ?? row.contact?.email ?? row.customer?.email ?? null,
    completedAt: iso(r.completedAt),
    approvedAt: iso(r.approvedAt),
    approvalScore: r.approvalScore,
    approvalComment: r.approvalComment,
    closedAt: iso(r.closedAt),
    createdBy: r.createdById ? { id: r.createdById, name: row.createdByName } : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
    assignees: assignees.map((a) => ({
      ...a,
      respondedAt: iso(a.respondedAt),
      checkInAt: iso(a.checkInAt),
      checkOutAt: iso(a.checkOutAt),
    })),
  };
}

export type ServiceRecordView = Awaited<ReturnType<typeof getServiceRecord>>;
