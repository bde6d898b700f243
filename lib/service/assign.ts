import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { serviceAssignments, type ServiceRecord, type SlaPolicyRow, users } from "@/db/schema";
import type { SlaPolicyKind } from "@/db/schema/enum-values";
import { type NewActivity, recordActivity } from "@/lib/activity/record-activity";
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
import { startSlaClock, startSlaClockUnder } from "@/lib/sla/start-sla-clock";
import { parseInput } from "@/lib/validation";
import { type Assignee, assertAssignable, getServiceRecordInOrgOrThrow, moveStatus, readServiceReferences, type ServiceReferences } from "./internal";
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

/** The work of assignEmployees inside the caller's transaction (also used by an SLA escalation). */
export async function setAssignees(ctx: OrgContext<MemberActor | SystemActor>, t: Tenant<Tx>, id: string, userIds: string[]) {
  const wanted = [...new Set(userIds)];
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
  const people = await assertAssignable(t, added, "userIds");

  if (removed.length) {
    await t.db
      .delete(serviceAssignments)
      .where(t.where(serviceAssignments, eq(serviceAssignments.recordId, id), inArray(serviceAssignments.userId, removed)));
  }
  const names = await namesOf(t, currentIds);
  for (const person of people) names.set(person.id, person.name);
  if (people.length) {
    await addAssignees(ctx, t, record, people, await readServiceReferences(t, record));
    // The OLA clock (internal teams' targets) starts at the first assignment.
    await startSlaClock(t, record, "ola", ctx.org.timeZone);
    if (record.status === "new") await moveStatus(ctx, t, record, "assigned");
  }
  await recordActivity(ctx, t, assignedActivity(record, currentIds, wanted, names));
  return { added: added.length, removed: removed.length };
}

/**
 * setAssignees for a record filed in this transaction (createServiceRecord, a schedule's visit):
 * nobody holds it yet, it is new, the people and the references were checked while filing, and
 * the OLA policy was looked up with the SLA one; `clocks` are the clocks already started, `feed`
 * the filing's activity rows, which the caller writes in one insert.
 */
export async function assignFiledRecord(
  ctx: OrgContext<MemberActor | SystemActor>,
  t: Tenant<Tx>,
  filed: { record: ServiceRecord; refs: ServiceReferences; olaPolicy: SlaPolicyRow | null; clocks: SlaPolicyKind[]; feed: NewActivity[] },
  people: Assignee[],
) {
  const { record, refs, feed } = filed;
  await addAssignees(ctx, t, record, people, refs);
  const clocks = [...filed.clocks];
  if (await startSlaClockUnder(t, record, "ola", filed.olaPolicy)) clocks.push("ola");
  await moveStatus(ctx, t, record, "assigned", {}, { clocks, feed });
  feed.push(
    assignedActivity(
      record,
      [],
      people.map((p) => p.id),
      new Map(people.map((p) => [p.id, p.name])),
    ),
  );
}

function assignedActivity(record: ServiceRecord, currentIds: string[], wanted: string[], names: Map<string, string>): NewActivity {
  const before = currentIds.map((u) => names.get(u)!);
  const after = wanted.map((u) => names.get(u)!);
  return {
    kind: "service.assigned",
    entityId: record.id,
    customerId: record.customerId,
    summary: `#${record.number} ${after.join(", ")}`.trim(),
    changes: { assignees: { from: before, to: after } },
  };
}

async function namesOf(t: Tenant, userIds: string[]) {
  if (!userIds.length) return new Map<string, string>();
  const rows = await t.db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function addAssignees(
  ctx: OrgContext<MemberActor | SystemActor>,
  t: Tenant<Tx>,
  record: ServiceRecord,
  people: Assignee[],
  refs: ServiceReferences,
) {
  // An SLA escalation job assigns too (lib/sla/apply-escalation.ts): then no member assigned, and the org signs the e-mail.
  const assigner = ctx.actor.kind === "member" ? ctx.actor : { userId: null, name: ctx.org.name };
  const tokens = people.map(() => newToken());
  // One insert for everyone: each row carries its own token.
  await t.db
    .insert(serviceAssignments)
    .values(
      people.map((person, i) => t.values({ recordId: record.id, userId: person.id, tokenHash: tokens[i]!.tokenHash, assignedById: assigner.userId })),
    );
  const details = emailDetails(record, refs);
  for (const [i, person] of people.entries()) {
    const { token } = tokens[i]!;
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
function emailDetails(record: ServiceRecord, refs: ServiceReferences) {
  const { customer, contact, serviceType, priority } = refs;
  const product = record.subjectKind === "product" && record.productId ? refs.product : null;
  const label = (item: ServiceReferences["serviceType"], locale: Locale) =>
    item ? (item.labels[locale] ?? item.labels.en ?? Object.values(item.labels)[0] ?? item.key) : null;
  const subject = product
    ? [product.code, product.name].filter(Boolean).join(" · ") + (record.subject ? ` — ${record.subject}` : "")
    : record.subject;
  return (locale: Locale): AssignmentEmailRecord => ({
    number: record.number,
    subject,
    customer: customer?.name ?? null,
    contact: contact ? [contact.name, contact.phone, contact.email].filter(Boolean).join(" · ") : null,
    serviceType: label(serviceType, locale),
    priority: label(priority, locale),
    plannedStart: record.plannedStart,
    plannedEnd: record.plannedEnd,
    description: record.description,
  });
}
