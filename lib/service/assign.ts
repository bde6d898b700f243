import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { contacts, customers, picklistItems, products, serviceAssignments, users, type ServiceRecord } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { newToken } from "@/lib/auth/tokens";
import type { OrgContext } from "@/lib/context";
import type { MemberActor, SystemActor } from "@/lib/permissions/actor";
import type { Tenant } from "@/lib/db/tenant";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { renderAssignmentEmail, type AssignmentEmailRecord } from "@/lib/email/render-service-email";
import { ConflictError } from "@/lib/errors";
import { appUrl } from "@/lib/http/app-url";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { replyAddress } from "@/lib/inbound/config";
import { requirePermission } from "@/lib/permissions/require-permission";
import { startSlaClock } from "@/lib/sla/start-sla-clock";
import { parseInput } from "@/lib/validation";
import { assertAssignable, getServiceRecordInOrgOrThrow, moveStatus } from "./internal";
import { assignSchema } from "./schemas";
import { OPEN_STATUSES } from "./status";

/**
 * SPEC S4: the record's assignees become exactly `userIds`. Each new one gets an e-mail with the
 * details, Accept/Reject links and a reply-to address, all carrying a fresh token of their own;
 * the e-mails are written in the same transaction, so they exist only if the assignment does.
 * People already assigned keep their token and answer; people left out lose theirs.
 */
export async function assignEmployees(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.assign");
  const { id, userIds } = parseInput(assignSchema, input);
  return ctx.t.transaction((t) => setAssignees(ctx, t, id, userIds));
}

/** The work of assignEmployees inside the caller's transaction (also used when a record is filed). */
export async function setAssignees(ctx: OrgContext<MemberActor | SystemActor>, t: Tenant<Tx>, id: string, userIds: string[]) {
  const wanted = [...new Set(userIds)];
  {
    const record = await getServiceRecordInOrgOrThrow(t, id, { lock: true });
    const current = await t.db
      .select({ userId: serviceAssignments.userId })
      .from(serviceAssignments)
      .where(t.where(serviceAssignments, eq(serviceAssignments.recordId, id)));
    const currentIds = current.map((a) => a.userId);
    const added = wanted.filter((userId) => !currentIds.includes(userId));
    const removed = currentIds.filter((userId) => !wanted.includes(userId));
    if (!added.length && !removed.length) return { added: 0, removed: 0 };
    if (!OPEN_STATUSES.includes(record.status)) throw new ConflictError("recordNotOpen");
    await assertAssignable(t, added, "userIds");

    if (removed.length) {
      await t.db
        .delete(serviceAssignments)
        .where(t.where(serviceAssignments, eq(serviceAssignments.recordId, id), inArray(serviceAssignments.userId, removed)));
    }
    const names = await namesOf(t, [...currentIds, ...added]);
    if (added.length) await addAssignees(ctx, t, record, added);
    // The OLA clock (internal teams' targets) starts at the first assignment.
    if (added.length) await startSlaClock(t, record, "ola", ctx.org.timeZone);
    if (added.length && record.status === "new") await moveStatus(ctx, t, record, "assigned");

    const before = currentIds.map((u) => names.get(u)!);
    const after = wanted.map((u) => names.get(u)!);
    await recordActivity(ctx, t, {
      kind: "service.assigned",
      entityId: id,
      customerId: record.customerId,
      summary: `#${record.number} ${after.join(", ")}`.trim(),
      changes: { assignees: { from: before, to: after } },
    });
    return { added: added.length, removed: removed.length };
  }
}

async function namesOf(t: Tenant, userIds: string[]) {
  if (!userIds.length) return new Map<string, string>();
  const rows = await t.db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function addAssignees(ctx: OrgContext<MemberActor | SystemActor>, t: Tenant<Tx>, record: ServiceRecord, userIds: string[]) {
  // An SLA escalation job assigns too (lib/sla/apply-escalation.ts): then no member assigned, and the org signs the e-mail.
  const assigner = ctx.actor.kind === "member" ? ctx.actor : { userId: null, name: ctx.org.name };
  const people = await t.db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(inArray(users.id, userIds));
  const details = await emailDetails(t, record);
  for (const person of people) {
    const { token, tokenHash } = newToken();
    await t.db.insert(serviceAssignments).values(t.values({ recordId: record.id, userId: person.id, tokenHash, assignedById: assigner.userId }));
    const locale: Locale = isLocale(person.locale) ? person.locale : isLocale(ctx.org.locale) ? ctx.org.locale : "en";
    const email = await renderAssignmentEmail({
      locale,
      timeZone: ctx.org.timeZone,
      org: ctx.org.name,
      assigner: assigner.name,
      record: details(locale),
      acceptUrl: appUrl(`/assignment/${token}/accept`),
      rejectUrl: appUrl(`/assignment/${token}/reject`),
    });
    await enqueueEmail(t.db, { ...email, to: person.email, orgId: ctx.org.id, replyTo: replyAddress(token) });
  }
}

/** The record as the e-mail shows it, with picklist labels in each recipient's language. */
async function emailDetails(t: Tenant, record: ServiceRecord) {
  const [customer] = record.customerId
    ? await t.db
        .select({ name: customers.name })
        .from(customers)
        .where(t.where(customers, eq(customers.id, record.customerId)))
    : [];
  const [contact] = record.contactId
    ? await t.db
        .select({ name: contacts.name, phone: contacts.phone, email: contacts.email })
        .from(contacts)
        .where(t.where(contacts, eq(contacts.id, record.contactId)))
    : [];
  const [product] =
    record.subjectKind === "product" && record.productId
      ? await t.db
          .select({ name: products.name, code: products.code })
          .from(products)
          .where(t.where(products, eq(products.id, record.productId)))
      : [];
  const itemIds = [record.serviceTypeId, record.priorityId].filter((v): v is string => !!v);
  const items = itemIds.length
    ? await t.db
        .select({ id: picklistItems.id, key: picklistItems.key, labels: picklistItems.labels })
        .from(picklistItems)
        .where(t.where(picklistItems, inArray(picklistItems.id, itemIds)))
    : [];
  const label = (itemId: string | null, locale: Locale) => {
    const item = items.find((i) => i.id === itemId);
    return item ? (item.labels[locale] ?? item.labels.en ?? Object.values(item.labels)[0] ?? item.key) : null;
  };
  const subject = product
    ? [product.code, product.name].filter(Boolean).join(" · ") + (record.subject ? ` — ${record.subject}` : "")
    : record.subject;
  return (locale: Locale): AssignmentEmailRecord => ({
    number: record.number,
    subject,
    customer: customer?.name ?? null,
    contact: contact ? [contact.name, contact.phone, contact.email].filter(Boolean).join(" · ") : null,
    serviceType: label(record.serviceTypeId, locale),
    priority: label(record.priorityId, locale),
    plannedStart: record.plannedStart,
    plannedEnd: record.plannedEnd,
    description: record.description,
  });
}
