import "server-only";
import { serviceRecords } from "@/db/schema";
import { type NewActivity, recordActivities } from "@/lib/activity/record-activity";
import type { Tx } from "@/db/client";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import type { MemberActor, SystemActor } from "@/lib/permissions/actor";
import { createOnce } from "@/lib/idempotency/create-once";
import { requirePermission } from "@/lib/permissions/require-permission";
import { now } from "@/lib/clock";
import { findPoliciesInForce } from "@/lib/sla/internal";
import { startSlaClockUnder } from "@/lib/sla/start-sla-clock";
import type { SlaPolicyKind } from "@/db/schema/enum-values";
import { parseInput } from "@/lib/validation";
import { assignFiledRecord } from "./assign";
import { assertAssignable, assertServiceReferencesInOrg, assignablePeople, nextRecordNumber } from "./internal";
import { createServiceRecordSchema, type ServiceFields } from "./schemas";

/**
 * SPEC S1: a new request. People chosen on the form are assigned in the same transaction (and
 * e-mailed, S4), so a record is never filed with its assignment half done; choosing people needs
 * the right to assign.
 */
export async function createServiceRecord(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "serviceRecords.create");
  const { assigneeIds, idempotencyKey, ...fields } = parseInput(createServiceRecordSchema, input);
  if (assigneeIds.length) requirePermission(ctx, "serviceRecords.assign");
  return ctx.t.transaction((t) => createOnce(ctx, t, "serviceRecords.create", idempotencyKey, () => fileServiceRecord(ctx, t, fields, assigneeIds)));
}

/**
 * The work of createServiceRecord inside the caller's transaction, after its guard: also how a
 * maintenance schedule files its visit (lib/schedules/generate-occurrences.ts), so a generated
 * record gets the same number, feed row, SLA clock and assignment e-mails as a typed one.
 * `unassignable`: "refuse" (the form: a field error) or "skip" (a job: someone who has left since
 * the schedule was saved is passed over). Each row this needs is read once: the references with
 * the e-mail's details, the people with their addresses, both clocks' policies together.
 */
export async function fileServiceRecord(
  ctx: OrgContext<MemberActor | SystemActor>,
  t: Tenant<Tx>,
  fields: ServiceFields,
  assigneeIds: string[],
  options: { unassignable?: "refuse" | "skip" } = {},
) {
  const refs = await assertServiceReferencesInOrg(t, fields);
  const people = options.unassignable === "skip" ? await assignablePeople(t, assigneeIds) : await assertAssignable(t, assigneeIds);
  const number = await nextRecordNumber(t);
  // A product's name at the time (see productSubject), from the reference just read.
  const subject = fields.subjectKind === "product" && fields.productId && refs.product ? refs.product.name : fields.subject;
  const [record] = await t.db
    .insert(serviceRecords)
    .values(
      t.values({
        ...fields,
        subject,
        productId: fields.subjectKind === "product" ? fields.productId : null,
        number,
        createdById: ctx.actor.kind === "member" ? ctx.actor.userId : null,
      }),
    )
    .returning();
  // The feed's rows of the filing (created, and with people the status move and the assignment), written at the end in one insert.
  const feed: NewActivity[] = [
    { kind: "service.created", entityId: record!.id, customerId: fields.customerId, summary: `#${number} ${subject}`.trim() },
  ];
  const at = now();
  const policies = await findPoliciesInForce(t, fields.customerId, at, ctx.org.timeZone);
  // Before assigning, so the assignment's status move is already on the clock.
  const clocks: SlaPolicyKind[] = (await startSlaClockUnder(t, record!, "sla", policies.sla, at)) ? ["sla"] : [];
  if (people.length) await assignFiledRecord(ctx, t, { record: record!, refs, olaPolicy: policies.ola, clocks, feed }, people);
  await recordActivities(ctx, t, feed);
  return { id: record!.id, number: record!.number };
}
